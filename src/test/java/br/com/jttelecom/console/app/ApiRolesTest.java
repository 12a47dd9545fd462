package br.com.jttelecom.console.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role may do through the API, as in the window: a table of route × role. "allowed"
 * means neither 401 nor 403 (the body may still be refused for another reason, 400/404).
 */
class ApiRolesTest {

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

    /** A route and what each role may do on it; {@code path} is a concrete path for the {@code route} template. */
    private record Row(String method, String route, String path, String body, boolean agent, boolean supervisor,
                       boolean admin) {
        Arguments arguments() {
            return Arguments.of(method, path, body, agent, supervisor, admin);
        }
    }

    /** Every secured route the server serves (checked below): a new route fails the build until it has a row. */
    private static final List<Row> SECURED = List.of(
            new Row("GET", "/api/telephony/calls", "/api/telephony/calls", null, true, true, true),
            new Row("GET", "/api/telephony/calls/{id}", "/api/telephony/calls/999999", null, true, true, true),
            new Row("PUT", "/api/telephony/calls/{id}/update", "/api/telephony/calls/999999/update", "{}", true, true, true),
            // Extension 299 and operator 987 are linked to nobody: only an admin may act for them.
            new Row("POST", "/api/telephony/click-to-call", "/api/telephony/click-to-call",
                    "{\"ramal_origem\":\"299\",\"numero_destino\":\"11987650009\"}", false, false, true),
            new Row("GET", "/api/telephony/stats", "/api/telephony/stats", null, true, true, true),
            new Row("GET", "/api/telephony/test-connection", "/api/telephony/test-connection", null, true, true, true),
            new Row("GET", "/api/telephony/pabx/history", "/api/telephony/pabx/history", null, false, true, true),
            new Row("GET", "/api/telephony/pabx/online-calls", "/api/telephony/pabx/online-calls", null, false, true, true),
            new Row("GET", "/api/telephony/extensions", "/api/telephony/extensions", null, true, true, true),
            new Row("POST", "/api/telephony/extensions", "/api/telephony/extensions", "{}", false, true, true),
            new Row("PUT", "/api/telephony/extensions/{id}", "/api/telephony/extensions/999", "{}", false, true, true),
            new Row("DELETE", "/api/telephony/extensions/{id}", "/api/telephony/extensions/999", null, false, true, true),
            new Row("GET", "/api/telephony/dids", "/api/telephony/dids", null, true, true, true),
            new Row("POST", "/api/telephony/dids", "/api/telephony/dids", "{}", false, true, true),
            new Row("PUT", "/api/telephony/dids/{id}", "/api/telephony/dids/999", "{}", false, true, true),
            new Row("DELETE", "/api/telephony/dids/{id}", "/api/telephony/dids/999", null, false, true, true),
            new Row("POST", "/api/telephony/operators/{id}/login", "/api/telephony/operators/987/login", null, false, false, true),
            new Row("POST", "/api/telephony/operators/{id}/logout", "/api/telephony/operators/987/logout", null, false, false, true),
            new Row("POST", "/api/telephony/operators/{id}/pause", "/api/telephony/operators/987/pause", "{}", false, false, true),
            new Row("POST", "/api/telephony/operators/{id}/unpause", "/api/telephony/operators/987/unpause", null, false, false,
                    true));

    /** The routes anyone may call: sign-in, the PBX's webhook (its own secret), health and metrics. */
    private static final Set<String> OPEN = Set.of("post /api/auth/login", "post /api/telephony/webhook/call-status",
            "get /api/telephony/health", "get /metrics");

    static Stream<Arguments> table() {
        return SECURED.stream().map(Row::arguments);
    }

    @Test
    void theTableHoldsEveryRouteTheServerServes() {
        Set<String> served = api.server.routes().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        Set<String> listed = SECURED.stream().map(r -> r.method().toLowerCase(java.util.Locale.ROOT) + " " + r.route())
                .collect(Collectors.toCollection(java.util.HashSet::new));
        listed.addAll(OPEN);
        assertThat(listed).isEqualTo(served);
    }

    @ParameterizedTest(name = "{0} {1}: agente={3} supervisor={4} admin={5}")
    @MethodSource("table")
    void eachRoleGetsWhatTheWindowWouldGive(String method, String path, String body,
                                            boolean agent, boolean supervisor, boolean admin) {
        check(method, path, body, "agente", agent);
        check(method, path, body, "supervisor", supervisor);
        check(method, path, body, "admin", admin);
        assertThat(api.send(method, path, null, body, Map.of()).status()).as("sem token").isEqualTo(401);
    }

    private void check(String method, String path, String body, String user, boolean allowed) {
        ApiFixture.Reply r = api.send(method, path, api.login(user), body, Map.of());
        if (allowed) {
            assertThat(r.status()).as(user + " " + r.body()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(r.status()).as(user + " " + r.body()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("forbidden");
        }
    }

    @Test
    void aSupervisorCreatesUpdatesAndDeletesAnExtensionOnThePbx() {
        String token = api.login("supervisor");
        ApiFixture.Reply created = api.send("POST", "/api/telephony/extensions", token,
                "{\"number\":\"2990\",\"name\":\"Ramal API\",\"type\":\"sip\",\"sip_password\":\"Senha#Forte123\"}",
                Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.get("/api/telephony/extensions", token).body()).contains("Ramal API");
        assertThat(api.send("PUT", "/api/telephony/extensions/" + id, token,
                "{\"number\":\"2990\",\"name\":\"Ramal API 2\",\"type\":\"sip\"}", Map.of()).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/telephony/extensions/" + id, token, null, Map.of()).status()).isEqualTo(204);
        assertThat(api.get("/api/telephony/extensions", token).body()).doesNotContain("Ramal API");
    }

    @Test
    void anInvalidExtensionIs400WithTheServicesSentence() {
        ApiFixture.Reply r = api.send("POST", "/api/telephony/extensions", api.login("admin"),
                "{\"number\":\"x\",\"name\":\"Ramal\"}", Map.of());
        assertThat(r.status()).isEqualTo(400);
        // Every wrong field at once, each in its sentence (the number, and the SIP password a new extension needs).
        assertThat(r.json().at("/error/message").asText())
                .isEqualTo("O número do ramal deve ter de 2 a 8 dígitos. Informe a senha SIP do novo ramal.");
    }
}
