package br.com.jttelecom.console.app;

import br.com.jttelecom.console.sim.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /extensions} and {@code /dids} over real HTTP against the simulator, as an admin: every field of the
 * window's forms reaches the PBX's write action, a wrong field is refused before anything is sent, and the list,
 * update and delete follow.
 */
class ApiDirectoryTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    static String admin;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
        admin = api.login("admin");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiFixture.Reply send(String method, String path, String body) {
        return api.send(method, path, admin, body, Map.of());
    }

    private static RecordedRequest last(String action) {
        return api.simulator().requests().stream().filter(r -> r.action().equals(action)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + action + " at the simulator"));
    }

    /** A field of the write's {@code dados} as the simulator received it. */
    private static JsonNode sent(RecordedRequest r, String field) {
        JsonNode dados = r.params().get("dados");
        return (dados != null ? dados : r.params()).path(field);
    }

    @Test
    void anExtensionWithEveryFieldIsCreatedListedRenamedAndDeleted() {
        ApiFixture.Reply created = send("POST", "/api/telephony/extensions", """
                {"number": "4711", "name": "Recepção", "type": "1", "sip_password": "segredo-123",
                 "external_caller_id": "4833334444", "area_code": "48", "extension_group": "3", "cost_center": "7",
                 "voicemail_email": "recepcao@acme.com.br", "voicemail": true, "records_calls": true,
                 "blf": true, "forward_busy": {"type": "8", "destination": "48999887766"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        RecordedRequest insert = last("inserir_ramal");
        assertThat(sent(insert, "numero").asText()).isEqualTo("4711");
        assertThat(sent(insert, "grupo_ramais").asText()).isEqualTo("3");
        assertThat(sent(insert, "centro_custo").asText()).isEqualTo("7");
        assertThat(sent(insert, "caixa_postal_email").asText()).isEqualTo("recepcao@acme.com.br");
        assertThat(sent(insert, "habilitar_caixa_postal").asInt()).isEqualTo(1);
        assertThat(sent(insert, "habilitar_blf").asInt()).isEqualTo(1);
        assertThat(sent(insert, "encaminhar_ocupado_indisponivel").path("encaminhamento_tipo").asText()).isEqualTo("8");

        String id = created.json().get("id").asText();
        JsonNode listed = find(send("GET", "/api/telephony/extensions", null).json(), "4711");
        assertThat(listed.get("name").asText()).isEqualTo("Recepção");
        assertThat(listed.get("id").asText()).isEqualTo(id);

        ApiFixture.Reply renamed = send("PUT", "/api/telephony/extensions/" + id,
                "{\"number\": \"4711\", \"name\": \"Recepção 2\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(find(send("GET", "/api/telephony/extensions", null).json(), "4711").get("name").asText())
                .isEqualTo("Recepção 2");

        assertThat(send("DELETE", "/api/telephony/extensions/" + id, null).status()).isEqualTo(204);
        assertThat(find(send("GET", "/api/telephony/extensions", null).json(), "4711")).isNull();
    }

    @Test
    void aWrongFieldIsNamedInPortugueseAndNothingReachesThePbx() {
        long before = api.simulator().requestCount("inserir_ramal");
        ApiFixture.Reply badEmail = send("POST", "/api/telephony/extensions",
                "{\"number\": \"4712\", \"name\": \"X\", \"sip_password\": \"segredo-123\", \"voicemail_email\": \"nao\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().at("/error/message").asText()).containsIgnoringCase("e-mail");
        ApiFixture.Reply badForward = send("POST", "/api/telephony/extensions",
                "{\"number\": \"4712\", \"name\": \"X\", \"sip_password\": \"segredo-123\", \"forward_all\": \"8\"}");
        assertThat(badForward.status()).isEqualTo(400);
        assertThat(badForward.json().at("/error/message").asText()).contains("forward_all");
        assertThat(api.simulator().requestCount("inserir_ramal")).isEqualTo(before);
    }

    @Test
    void aDidWithBusinessHoursIsCreatedAndShowsWhereItRoutes() {
        ApiFixture.Reply created = send("POST", "/api/telephony/dids", """
                {"number": "4830301234", "points_to": "ramal", "destination": "201", "records_calls": true,
                 "business_hours": true, "opens_at": "08:00", "closes_at": "18:00", "week_days": "1,2,3,4,5"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        RecordedRequest insert = last("inserir_did");
        assertThat(sent(insert, "habilitar_horario_funcionamento").asInt()).isEqualTo(1);
        assertThat(sent(insert, "horario_funcionamento_inicio").asText()).isEqualTo("08:00");
        assertThat(sent(insert, "horario_funcionamento_dias_semana")).hasSize(5);

        JsonNode listed = find(send("GET", "/api/telephony/dids", null).json(), "4830301234");
        assertThat(listed.get("points_to").asText()).isEqualTo("ramal");
        assertThat(listed.get("route").asText()).contains("201");
        assertThat(send("DELETE", "/api/telephony/dids/" + listed.get("id").asText(), null).status()).isEqualTo(204);
    }

    private static JsonNode find(JsonNode list, String number) {
        for (JsonNode n : list.get("data")) {
            if (number.equals(n.get("number").asText())) {
                return n;
            }
        }
        return null;
    }
}
