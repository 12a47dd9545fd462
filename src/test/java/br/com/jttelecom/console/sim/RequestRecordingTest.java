package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestRecordingTest {

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyRequestIsRecordedWithActionMethodTimeAndParameters() {
        client.get("listar_ramais", Map.of("numero", "201"));
        clock.advance(Duration.ofSeconds(5));
        client.post("discar_numero", "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}");

        assertThat(sim.requests()).hasSize(2);
        RecordedRequest first = sim.requests().get(0);
        assertThat(first.action()).isEqualTo("listar_ramais");
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.at()).isEqualTo(T0);
        assertThat(first.param("numero")).isEqualTo("201");
        RecordedRequest dial = sim.requests().get(1);
        assertThat(dial.at()).isEqualTo(T0.plusSeconds(5));
        assertThat(dial.param("numero_destino")).isEqualTo("011987654321");
        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void failedAndUnauthorisedRequestsAreCountedToo() {
        client.send("GET", client.url("listar_ramais", Map.of()), null, false);
        client.get("nao_existe", Map.of());

        assertThat(sim.requestCount("listar_ramais")).isEqualTo(1);
        assertThat(sim.requestCount("nao_existe")).isEqualTo(1);
    }

    @Test
    void secretsAreNeverRecorded() {
        client.send("POST", client.url("inserir_ramal", Map.of("usuario", sim.user(), "token", sim.token())),
                "{\"autenticacao\":{\"usuario\":\"u\",\"token\":\"t\"},\"autenticacao_token\":\"x\","
                        + "\"dados\":{\"numero\":\"250\",\"senha_sip\":\"segredo1\",\"senha_web\":\"segredo2\",\"nome\":\"Ok\"}}",
                false);

        RecordedRequest r = sim.requests().get(0);
        String all = r.params().toString();
        assertThat(all).doesNotContain(sim.token()).doesNotContain("segredo").doesNotContain("autenticacao")
                .doesNotContain("\"usuario\"").doesNotContain("\"token\"");
        assertThat(r.param("nome")).isEqualTo("Ok");
        assertThat(r.param("numero")).isEqualTo("250");
    }

    @Test
    void legacyRequestsAreRecordedUnderTheirAcao() {
        RawHttp.send(sim, "POST", "/pabx/api.php", "{\"autenticacao\":{\"usuario\":\"" + sim.user() + "\",\"token\":\""
                + sim.token() + "\"},\"acao\":\"listar_dids\"}", false);

        assertThat(sim.requestCount("listar_dids")).isEqualTo(1);
        assertThat(sim.requests().get(0).params().has("autenticacao")).isFalse();
    }

    @Test
    void clearRequestsStartsCountingAgain() {
        client.get("listar_ramais", Map.of());

        sim.clearRequests();

        assertThat(sim.requests()).isEmpty();
    }
}
