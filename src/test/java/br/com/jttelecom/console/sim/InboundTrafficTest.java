package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static br.com.jttelecom.console.sim.SimTestSupport.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboundTrafficTest {

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private void run(Duration total) {
        for (Duration d = Duration.ZERO; d.compareTo(total) < 0; d = d.plusSeconds(20)) {
            clock.advance(Duration.ofSeconds(20));
            sim.tick();
        }
    }

    private List<JsonNode> history() {
        List<JsonNode> out = new ArrayList<>();
        client.get("listar_historico_chamada", Map.of("data_inicial", TODAY, "data_final", TODAY, "quantidade", "1000"))
                .dados().forEach(out::add);
        return out;
    }

    @Test
    void trafficIsOffByDefault() {
        run(Duration.ofHours(1));

        assertThat(sim.historySize()).isZero();
    }

    @Test
    void inboundCallsRingAnAvailableOperatorAndAreMostlyAnswered() {
        client.post("login_operador", "{\"operador_id\":1}");
        client.post("login_operador", "{\"operador_id\":2}");
        sim.inboundTraffic(Duration.ofMinutes(1));

        while (sim.liveCallCount() == 0) {
            clock.advance(Duration.ofSeconds(1));
            sim.tick();
        }
        JsonNode ringing = client.get("listar_chamadas_online", Map.of()).dados().get(0);
        assertThat(ringing.path("status").asText()).isEqualTo("chamando_ramal");
        assertThat(ringing.path("origem").asText()).matches("\\d{10,11} \\(DID: 4835124536\\)");
        assertThat(ringing.path("destino").asText()).isIn("demo-201", "demo-202");

        run(Duration.ofHours(1));
        sim.inboundTraffic(null);
        run(Duration.ofMinutes(15));

        List<JsonNode> calls = history();
        assertThat(calls.size()).isBetween(25, 100);
        long answered = calls.stream().filter(c -> c.path("status").asText().equals("1")).count();
        assertThat(answered).isGreaterThan(calls.size() / 2);
        assertThat(calls).filteredOn(c -> c.path("status").asText().equals("1"))
                .allSatisfy(c -> assertThat(c.path("destino").asText()).isIn("demo-201", "demo-202"));
    }

    @Test
    void withNobodyAvailableCallersGiveUpInTheQueue() {
        sim.inboundTraffic(Duration.ofMinutes(1));

        run(Duration.ofMinutes(30));
        sim.inboundTraffic(null);
        run(Duration.ofMinutes(5));

        List<JsonNode> calls = history();
        assertThat(calls).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("destino").asText()).isEqualTo("DID -> FILA");
            assertThat(c.path("operador").asText()).isEmpty();
            assertThat(c.path("status").asText()).isEqualTo("0");
            assertThat(c.path("sip_code").asText()).isEmpty();
        });
    }

    @Test
    void trafficIsDeterministicForASeed() {
        sim.inboundTraffic(Duration.ofMinutes(1));
        run(Duration.ofMinutes(30));
        try (PbxSimulator twin = SimTestSupport.started(SimClock.manual(T0))) {
            ManualClock twinClock = (ManualClock) twin.clock();
            twin.inboundTraffic(Duration.ofMinutes(1));
            for (int i = 0; i < 90; i++) {
                twinClock.advance(Duration.ofSeconds(20));
                twin.tick();
            }
            assertThat(twin.historySize()).isEqualTo(sim.historySize()).isPositive();
        }
    }
}
