package br.com.jttelecom.console.app;

import br.com.jttelecom.console.sim.RecordedRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Click-to-call and operator control for someone else, over real HTTP against the simulator: an agent
 * acts only for themselves, a supervisor also for their team (Vendas), an admin for anyone. Extensions:
 * 201 agente, 202 supervisor, 203 olga (team Suporte), 204 nobody's. Operators (the simulator's ids):
 * 1 agente, 2 supervisor, then one for olga and one nobody's.
 */
class ApiActingForTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    static long supervisorId;
    static String olgasOperator;
    static String nobodysOperator;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
        long olga = api.otherTeamAgent("olga").id();
        supervisorId = api.account("supervisor").id();
        olgasOperator = Integer.toString(api.simulator().addOperator("Olga Outra", "203", false));
        nobodysOperator = Integer.toString(api.simulator().addOperator("Sem Dono", "204", false));
        api.asAdmin(() -> {
            api.admin.directory().orElseThrow().link(olga, "203");
            var operators = api.admin.operators().orElseThrow();
            operators.link(api.account("agente").id(), "1");
            operators.link(supervisorId, "2");
            operators.link(olga, olgasOperator);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiFixture.Reply operator(String user, String id, String action, String body) {
        return api.send("POST", "/api/telephony/operators/" + id + "/" + action, api.login(user), body, Map.of());
    }

    private static ApiFixture.Reply dial(String user, String extension, String number) {
        String origin = extension == null ? "" : "\"ramal_origem\":\"" + extension + "\",";
        return api.send("POST", "/api/telephony/click-to-call", api.login(user),
                "{" + origin + "\"numero_destino\":\"" + number + "\"}", Map.of());
    }

    private static long pbxRequests(String action, String param, String value) {
        return api.simulator().requests().stream()
                .filter(r -> r.action().equals(action) && value.equals(r.param(param))).count();
    }

    private static void assertForbidden(ApiFixture.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("forbidden");
        assertThat(r.json().at("/error/message").asText()).startsWith("Seu perfil");
    }

    @Test
    void anAgentLogsInTheirOwnOperatorAndIsRefusedAnothersBeforeThePbxHearsOfIt() {
        ApiFixture.Reply own = operator("agente", "1", "login", null);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("state").asText()).isEqualTo("available");
        assertThat(own.json().get("since").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(operator("agente", "1", "logout", null).json().get("state").asText()).isEqualTo("logged_out");

        assertForbidden(operator("agente", "2", "login", null));
        assertForbidden(operator("agente", nobodysOperator, "login", null));
        assertThat(pbxRequests("login_operador", "operador_id", "2")).isZero();
    }

    @Test
    void aSupervisorDrivesATeamMembersOperatorButNotAnotherTeamsOrNobodys() {
        assertThat(operator("supervisor", "1", "login", null).status()).isEqualTo(200);
        ApiFixture.Reply paused = operator("supervisor", "1", "pause", "{\"reason\":\"Café\"}");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().get("state").asText()).isEqualTo("paused");
        assertThat(paused.json().get("reason").asText()).isEqualTo("Café");
        RecordedRequest pause = api.simulator().requests().stream()
                .filter(r -> r.action().equals("pausar_operador")).reduce((a, b) -> b).orElseThrow();
        assertThat(pause.param("operador_id")).isEqualTo("1");
        assertThat(pause.param("motivo_pausa")).isEqualTo("Café");
        assertThat(operator("supervisor", "1", "unpause", null).json().get("state").asText()).isEqualTo("available");
        assertThat(operator("supervisor", "1", "logout", null).status()).isEqualTo(200);

        long before = pbxRequests("login_operador", "operador_id", olgasOperator);
        assertForbidden(operator("supervisor", olgasOperator, "login", null));
        assertForbidden(operator("supervisor", nobodysOperator, "login", null));
        assertThat(pbxRequests("login_operador", "operador_id", olgasOperator)).isEqualTo(before);
    }

    @Test
    void anAdminDrivesAnyOperatorEvenOneLinkedToNobody() {
        ApiFixture.Reply r = operator("admin", nobodysOperator, "login", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(operator("admin", olgasOperator, "login", null).status()).isEqualTo(200);
        assertThat(operator("admin", nobodysOperator, "logout", null).status()).isEqualTo(200);
        assertThat(operator("admin", olgasOperator, "logout", null).status()).isEqualTo(200);
    }

    @Test
    void aPauseWithoutReasonIs400AndAnIdThatIsNoOperatorIs404() {
        ApiFixture.Reply noReason = operator("agente", "1", "pause", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().at("/error/message").asText()).isEqualTo("Informe o motivo da pausa.");
        assertThat(operator("agente", "abc", "login", null).status()).isEqualTo(404);
        assertThat(operator("agente", "1", "pause", "{\"reason\":").errorCode()).isEqualTo("invalid_json");
        assertThat(api.send("POST", "/api/telephony/operators/1/login", null, null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void anAgentDialsFromTheirOwnExtensionOnlyAndARefusalSendsNothing() {
        ApiFixture.Reply own = dial("agente", null, "11987650001");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(pbxRequests("discar_numero", "numero_destino", "011987650001")
                + pbxRequests("discar_numero", "numero_destino", "11987650001")).isEqualTo(1);

        assertForbidden(dial("agente", "202", "11987650002"));
        assertForbidden(dial("agente", "204", "11987650002"));
        assertThat(api.simulator().requests().stream().filter(r -> r.action().equals("discar_numero"))
                .map(r -> r.param("numero_destino"))).noneMatch(n -> n.endsWith("11987650002"));
    }

    @Test
    void aSupervisorDialsFromATeamMembersExtensionAndTheCallIsThatMembers() {
        ApiFixture.Reply forAgent = dial("supervisor", "201", "11987650003");
        assertThat(forAgent.status()).as(forAgent.body()).isEqualTo(201);
        assertThat(pbxRequests("discar_numero", "numero_ramal_origem", "201")).isPositive();

        ApiFixture.Reply own = dial("supervisor", null, "11987650004");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        long callId = own.json().get("call_id").asLong();
        var call = api.get("/api/telephony/calls/" + callId, api.login("supervisor")).json();
        assertThat(call.get("user_id").asLong()).isEqualTo(supervisorId);
        assertThat(call.get("extension").asText()).isEqualTo("202");

        long before = pbxRequests("discar_numero", "numero_ramal_origem", "203");
        assertForbidden(dial("supervisor", "203", "11987650005"));
        assertForbidden(dial("supervisor", "204", "11987650005"));
        assertThat(pbxRequests("discar_numero", "numero_ramal_origem", "203")).isEqualTo(before);
    }

    @Test
    void anAdminDialsFromAnyExtension() {
        ApiFixture.Reply r = dial("admin", "204", "11987650006");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(pbxRequests("discar_numero", "numero_ramal_origem", "204")).isPositive();
        assertThat(dial("admin", "203", "11987650007").status()).isEqualTo(201);
    }
}
