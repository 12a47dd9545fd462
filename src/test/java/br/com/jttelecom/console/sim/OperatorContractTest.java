package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperatorContractTest {

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode person(String id) {
        return client.get("listar_pessoas", Map.of("pessoa_id", id)).dados().get(0);
    }

    @Test
    void operatorsStartLoggedOut() {
        JsonNode p = person("1");

        assertThat(p.path("operador_id").asText()).isEqualTo("1");
        assertThat(p.path("nome").asText()).isEqualTo("Mariana Costa");
        assertThat(p.path("ramal").asText()).isEqualTo("201");
        assertThat(p.path("status").asText()).isEqualTo("deslogado");
        assertThat(p.path("em_chamada").asText()).isEqualTo("0");
    }

    @Test
    void loginPauseUnpauseLogoutAreVisibleInListarPessoas() {
        assertThat(client.post("login_operador", "{\"operador_id\":1}").code()).isEqualTo(200);
        assertThat(person("1").path("status").asText()).isEqualTo("disponivel");

        assertThat(client.post("pausar_operador", "{\"operador_id\":\"1\",\"motivo_pausa\":\"Almoço\"}").code()).isEqualTo(200);
        assertThat(person("1").path("status").asText()).isEqualTo("pausado");
        assertThat(person("1").path("motivo_pausa").asText()).isEqualTo("Almoço");

        assertThat(client.get("despausar_operador", Map.of("operador_id", "1")).code()).isEqualTo(200);
        assertThat(person("1").path("status").asText()).isEqualTo("disponivel");
        assertThat(person("1").path("motivo_pausa").asText()).isEmpty();

        assertThat(client.post("logout_operador", "{\"dados\":{\"operador_id\":1}}").code()).isEqualTo(200);
        assertThat(person("1").path("status").asText()).isEqualTo("deslogado");
    }

    @Test
    void pausingALoggedOutOperatorIsRefused() {
        SimClient.Reply r = client.post("pausar_operador", "{\"operador_id\":2,\"motivo_pausa\":\"Café\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(person("2").path("status").asText()).isEqualTo("deslogado");
    }

    @Test
    void unknownOperatorIsRejectedNamingTheField() {
        SimClient.Reply r = client.post("login_operador", "{\"operador_id\":99}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("operador_id");
    }

    @Test
    void missingOperatorIdIsRejectedNamingTheField() {
        SimClient.Reply r = client.post("login_operador", "{}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("operador_id");
    }
}
