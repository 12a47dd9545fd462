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

/** What the console does in demo mode, played against the simulator with plain HTTP. */
class DemoSessionTest {

    @Test
    void agentLogsInDialsALeadAndFindsTheRecordedCallInTheHistory() throws IOException {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.manual(clock).build().start(0)) {
            sim.seedDemoCompany(42L);
            SimClient client = new SimClient(sim);
            DemoLead lead = sim.demoLeads().stream().filter(l -> !l.digits().endsWith("0") && !l.digits().endsWith("8")
                    && !l.digits().endsWith("9") && !l.digits().startsWith("48")).findFirst().orElseThrow();
            String dial = "0" + lead.digits();

            assertThat(client.post("despausar_operador", "{\"operador_id\":6}").code()).isEqualTo(200);
            String id = client.post("discar_numero", "{\"dados\":{\"numero_ramal_origem\":206,\"numero_destino\":\""
                    + dial + "\",\"variaveis\":{\"lead\":\"" + lead.name() + "\"}}}").json().path("chamada_id").asText();

            JsonNode online = client.get("listar_chamadas_online", Map.of()).dados();
            assertThat(online).anySatisfy(c -> {
                assertThat(c.path("chamada_id").asText()).isEqualTo(id);
                assertThat(c.path("destino").asText()).isEqualTo(dial);
                assertThat(c.path("operador").asText()).isEqualTo("Leandro Rocha");
            });

            clock.advance(Duration.ofSeconds(39 + 10));
            JsonNode rec = client.get("listar_historico_chamada", Map.of("data_inicial", TODAY, "data_final", TODAY,
                    "numero_destino", lead.digits())).dados().get(0);
            assertThat(rec.path("chamada_id").asText()).isEqualTo(id);
            JsonNode link = rec.path("link_gravacao");
            String url = link.isArray() ? link.get(0).asText() : link.asText();
            try (Response wav = client.http.newCall(new Request.Builder().url(url).build()).execute()) {
                assertThat(wav.code()).isEqualTo(200);
                assertThat(new String(wav.body().bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            }
        }
    }
}
