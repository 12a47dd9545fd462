package br.com.jttelecom.console.app;

import br.com.jttelecom.console.sim.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's {@code variaveis} of a click-to-call reach the PBX's {@code discar_numero}, bad ones never leave;
 * the call then shows in the PBX's online list with an ISO start.
 */
class ApiDialVariablesTest {

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

    private static ApiFixture.Reply dial(String body) {
        return api.send("POST", "/api/telephony/click-to-call", api.login("agente"), body, Map.of());
    }

    private static List<RecordedRequest> dialsTo(String digits) {
        return api.simulator().requests().stream().filter(r -> r.action().equals("discar_numero"))
                .filter(r -> r.param("numero_destino") != null && r.param("numero_destino").endsWith(digits)).toList();
    }

    /** The variables object as sent, at the top level or inside {@code dados}. */
    private static JsonNode variables(RecordedRequest r) {
        JsonNode top = r.params().get("variaveis");
        return top != null ? top : r.params().at("/dados/variaveis");
    }

    @Test
    void theCallersVariablesGoToThePbxBesideTheConsolesOwn() {
        ApiFixture.Reply r = dial("{\"numero_destino\":\"11987650031\","
                + "\"variaveis\":{\"origem\":\"crm\",\"campanha\":\"vendas\",\"canal\":\"site\",\"prioridade\":2}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        List<RecordedRequest> sent = dialsTo("11987650031");
        assertThat(sent).hasSize(1);
        JsonNode v = variables(sent.get(0));
        assertThat(v.get("origem").asText()).isEqualTo("crm");
        assertThat(v.get("campanha").asText()).isEqualTo("vendas");
        assertThat(v.get("canal").asText()).isEqualTo("site");
        assertThat(v.get("prioridade").asText()).isEqualTo("2");
    }

    @Test
    void aBadVariableIsRefusedWithItsNameAndNothingIsDialled() {
        ApiFixture.Reply badName = dial("{\"numero_destino\":\"11987650032\",\"variaveis\":{\"1x\":\"a\"}}");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().at("/error/message").asText()).startsWith("Nome de variável inválido");

        ApiFixture.Reply tooLong = dial("{\"numero_destino\":\"11987650032\",\"variaveis\":{\"nota\":\""
                + "x".repeat(201) + "\"}}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/error/message").asText()).contains("nota").contains("200 caracteres");

        ApiFixture.Reply notAnObject = dial("{\"numero_destino\":\"11987650032\",\"variaveis\":\"campanha=vendas\"}");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().at("/error/message").asText()).contains("variaveis");

        ApiFixture.Reply nested = dial("{\"numero_destino\":\"11987650032\",\"variaveis\":{\"a\":{\"b\":1}}}");
        assertThat(nested.status()).isEqualTo(400);

        assertThat(dialsTo("11987650032")).isEmpty();
    }

    @Test
    void theDialledCallIsInTheOnlineListWithItsStartInIso() {
        assertThat(dial("{\"numero_destino\":\"11987650033\"}").status()).isEqualTo(201);
        ApiFixture.Reply online = api.get("/api/telephony/pabx/online-calls", api.login("admin"));
        assertThat(online.status()).as(online.body()).isEqualTo(200);
        JsonNode call = null;
        for (JsonNode c : online.json().get("data")) {
            if (c.get("destination").asText().endsWith("11987650033")) {
                call = c;
            }
        }
        assertThat(call).as(online.body()).isNotNull();
        assertThat(call.get("started").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(call.get("started_pbx").asText()).isNotBlank();
    }
}
