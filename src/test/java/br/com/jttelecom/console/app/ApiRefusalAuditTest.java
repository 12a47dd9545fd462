package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.accounts.AuditEntry;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every refusal of the API is on the audit trail (who, what, why), over real HTTP: an agent's 403s on
 * extensions, DIDs, operators, the PBX history and click-to-call, and 401s on the API and the webhook.
 * What comes from outside (a login with CR/LF) is stored escaped. A click-to-call naming an unknown
 * lead is a 400 sentence, and nothing of the request reaches the log.
 */
class ApiRefusalAuditTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static List<AuditEntry> refusals(ApiFixture api) {
        return api.asAdmin(() -> api.admin.audit().find(null, "api.recusa", null, null));
    }

    @Test
    void anAgentsForbiddenWritesAreEachAuditedWithWhoWhatAndWhy() {
        String agent = api.login("agente");
        int before = refusals(api).size();
        Map<String, String> forbidden = Map.of(
                "POST /api/telephony/extensions", "{\"number\":\"299\",\"name\":\"X\"}",
                "DELETE /api/telephony/dids/{id}", "",
                "GET /api/telephony/pabx/history", "",
                "POST /api/telephony/operators/{id}/pause", "{\"reason\":\"almoço\"}",
                "POST /api/telephony/click-to-call", "{\"ramal_origem\":\"202\",\"numero_destino\":\"11999999999\"}");
        forbidden.forEach((route, body) -> {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "2");
            ApiFixture.Reply r = api.send(method, path, agent, body.isEmpty() ? null : body, Map.of());
            assertThat(r.status()).as(route + " " + r.body()).isEqualTo(403);
        });
        List<AuditEntry> rows = refusals(api);
        assertThat(rows).hasSize(before + forbidden.size());
        assertThat(rows.subList(0, forbidden.size())).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("agente");
            assertThat(e.result()).isEqualTo(AuditTrail.DENIED);
            assertThat(e.details()).startsWith("403 forbidden").contains("127.0.0.1");
        }).extracting(AuditEntry::target).containsExactlyInAnyOrderElementsOf(forbidden.keySet());
    }

    @Test
    void unauthorisedCallsOfTheApiAndTheWebhookAreAudited() {
        int before = refusals(api).size();
        assertThat(api.get("/api/telephony/calls", null).status()).isEqualTo(401);
        assertThat(api.get("/api/telephony/calls", "forjado.forjado.forjado").status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/telephony/webhook/call-status", null,
                "{\"call_id\":\"x\",\"status\":\"missed\"}", Map.of("X-Webhook-Secret", "errado")).status()).isEqualTo(401);
        List<AuditEntry> rows = refusals(api).subList(0, 3);
        assertThat(refusals(api)).hasSize(before + 3);
        assertThat(rows).allSatisfy(e -> assertThat(e.actor()).isEqualTo("anônimo"))
                .extracting(AuditEntry::target)
                .containsExactlyInAnyOrder("GET /api/telephony/calls", "GET /api/telephony/calls",
                        "POST /api/telephony/webhook/call-status");
        assertThat(rows).extracting(AuditEntry::details).allMatch(d -> d.startsWith("401 unauthorized"));
    }

    @Test
    void aLoginWithLineBreaksIsStoredEscapedSoNoAuditLineCanBeForged() {
        api.send("POST", "/api/auth/login", null,
                "{\"login\":\"x\\r\\n2026-01-01 admin usuario.criar OK\",\"password\":\"errada\"}", Map.of());
        List<AuditEntry> rows = api.asAdmin(() -> api.admin.audit().find(null, "api.login", null, null));
        assertThat(rows).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("x\\r\\n2026-01-01 admin usuario.criar ok");
            assertThat(e.target()).doesNotContain("\r").doesNotContain("\n");
        });
        assertThat(api.asAdmin(() -> api.admin.audit().verify()).intact()).isTrue();
    }

    /** A pause reason comes from outside too: a CR/LF in it must not start a second line in the trail. */
    @Test
    void aPauseReasonWithLineBreaksIsStoredEscaped() {
        String token = api.login("admin");
        api.send("POST", "/api/telephony/operators/1/login", token, null, Map.of());
        api.send("POST", "/api/telephony/operators/1/pause", token,
                "{\"reason\":\"almoço\\r\\n2026-01-01 admin usuario.criar OK\"}", Map.of());
        List<AuditEntry> rows = api.asAdmin(() -> api.admin.audit().find(null, "operador.pausar", null, null));
        assertThat(rows).anySatisfy(e -> assertThat(e.details()).contains("almoço\\r\\n2026-01-01"));
        assertThat(rows).allSatisfy(e -> assertThat(e.details() + e.target()).doesNotContain("\r").doesNotContain("\n"));
        assertThat(api.asAdmin(() -> api.admin.audit().verify()).intact()).isTrue();
    }

    @Test
    void clickToCallWithAnUnknownLeadIs400AndLogsNothingOfTheRequest() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try {
            ApiFixture.Reply r = api.send("POST", "/api/telephony/click-to-call", api.login("agente"),
                    "{\"numero_destino\":\"11987654321\",\"lead_id\":987654,\"notes\":\"nota-secreta\"}", Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().at("/error/message").asText()).contains("987654");
        } finally {
            root.detachAppender(events);
        }
        assertThat(events.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("987654321").doesNotContain("nota-secreta").doesNotContainIgnoringCase("insert"));
    }
}
