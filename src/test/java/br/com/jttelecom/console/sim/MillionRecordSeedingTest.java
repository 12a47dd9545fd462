package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MillionRecordSeedingTest {

    @Test
    void aMillionRecordsSeedAndTheLastPageIsStillQuick() {
        Instant to = Instant.parse("2026-08-01T02:59:59Z");
        try (PbxSimulator sim = PbxSimulator.builder().seed(1L).clock(SimClock.manual(to)).build().start(0)) {
            long start = System.nanoTime();
            sim.seedHistory(1_000_000, Instant.parse("2026-06-01T03:00:00Z"), to);
            Duration seeding = Duration.ofNanos(System.nanoTime() - start);

            long queryStart = System.nanoTime();
            SimClient.Reply last = new SimClient(sim).get("listar_historico_chamada", Map.of("data_inicial", "01/06/2026",
                    "data_final", "31/07/2026", "pos_registro_inicial", "999000", "quantidade", "1000"));
            Duration query = Duration.ofNanos(System.nanoTime() - queryStart);

            assertThat(sim.historySize()).isEqualTo(1_000_000);
            assertThat(seeding).isLessThan(Duration.ofSeconds(20));
            assertThat(last.json().path("qtd_total_resultados").asInt()).isEqualTo(1_000_000);
            assertThat(last.dados()).hasSize(1000);
            assertThat(query).isLessThan(Duration.ofSeconds(5));
        }
    }
}
