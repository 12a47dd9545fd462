package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static br.com.jttelecom.console.sim.SimTestSupport.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Builder switches that change how the simulated account behaves. */
class AccountOptionsTest {

    private static final String DIAL = "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}";

    @Test
    void withoutClickToCallModuleEveryDialIsRefusedSayingSo() {
        try (PbxSimulator sim = SimTestSupport.manual(SimClock.manual(T0)).clickToCall(false).build().start(0)) {
            SimClient.Reply r = new SimClient(sim).post("discar_numero", DIAL);

            assertThat(r.status()).isEqualTo(403);
            assertThat(r.mensagem()).contains("Click2Call");
            assertThat(sim.liveCallCount()).isZero();
        }
    }

    @Test
    void recordingLinkStaysEmptyUntilTheRecordingDelayHasPassed() throws IOException {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.manual(clock).recordingDelay(Duration.ofSeconds(30)).build().start(0)) {
            SimClient client = new SimClient(sim);
            String id = client.post("discar_numero", DIAL).json().path("chamada_id").asText();
            Map<String, String> q = Map.of("data_inicial", TODAY, "data_final", TODAY, "chamada_id", id);
            String wavUrl = sim.rootUrl() + "/suite/gravacoes/" + id + ".wav";

            clock.advance(Duration.ofSeconds(39 + 10));
            assertThat(client.get("listar_historico_chamada", q).dados().get(0).path("link_gravacao").asText()).isEmpty();
            assertThat(status(client, wavUrl)).isEqualTo(404);

            clock.advance(Duration.ofSeconds(20));
            JsonNode link = client.get("listar_historico_chamada", q).dados().get(0).path("link_gravacao");
            assertThat(link.isArray() ? link.get(0).asText() : link.asText()).isEqualTo(wavUrl);
            assertThat(status(client, wavUrl)).isEqualTo(200);
        }
    }

    @Test
    void tenantNameShowsInExtensionsAndRecords() {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.manual(clock).tenant("loja").build().start(0)) {
            SimClient client = new SimClient(sim);
            client.post("discar_numero", DIAL);

            assertThat(client.get("listar_chamadas_online", Map.of()).dados().get(0).path("origem").asText()).isEqualTo("loja-201");
            assertThat(client.get("listar_ramais", Map.of("numero", "202")).dados().get(0)
                    .path("usuario_autenticacao").asText()).isEqualTo("loja-202");
        }
    }

    private static int status(SimClient client, String url) throws IOException {
        try (Response r = client.http.newCall(new Request.Builder().url(url).build()).execute()) {
            return r.code();
        }
    }
}
