package br.com.jttelecom.console.app;

import java.nio.file.Path;
import java.util.Map;
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

    static Stream<Arguments> table() {
        // method, path, body, agent, supervisor, admin
        return Stream.of(
                Arguments.of("GET", "/api/telephony/calls", null, true, true, true),
                Arguments.of("GET", "/api/telephony/stats", null, true, true, true),
                Arguments.of("GET", "/api/telephony/test-connection", null, true, true, true),
                Arguments.of("GET", "/api/telephony/pabx/history", null, false, true, true),
                Arguments.of("GET", "/api/telephony/pabx/online-calls", null, false, true, true),
                Arguments.of("GET", "/api/telephony/extensions", null, true, true, true),
                Arguments.of("POST", "/api/telephony/extensions", "{}", false, true, true),
                Arguments.of("PUT", "/api/telephony/extensions/999", "{}", false, true, true),
                Arguments.of("DELETE", "/api/telephony/extensions/999", null, false, true, true),
                Arguments.of("GET", "/api/telephony/dids", null, true, true, true),
                Arguments.of("POST", "/api/telephony/dids", "{}", false, true, true),
                Arguments.of("PUT", "/api/telephony/dids/999", "{}", false, true, true),
                Arguments.of("DELETE", "/api/telephony/dids/999", null, false, true, true),
                // Linked to nobody: only an admin may act for it (the PBX then says it does not exist).
                Arguments.of("POST", "/api/telephony/operators/987/login", null, false, false, true),
                Arguments.of("POST", "/api/telephony/click-to-call",
                        "{\"ramal_origem\":\"299\",\"numero_destino\":\"11987650009\"}", false, false, true));
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
        assertThat(r.json().at("/error/message").asText()).isEqualTo("O número do ramal deve ter de 2 a 8 dígitos.");
    }
}
