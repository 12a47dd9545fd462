package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WanLatencyTest {

    private static final Map<String, String> PAGE_OF_1000 = Map.of("data_inicial", "01/08/2026",
            "data_final", "21/08/2026", "quantidade", "1000");

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theWanPresetIs150msPerRequestAndAFifthOfAMillisecondPerRecord() {
        Fault wan = Fault.wanLatency();

        assertThat(wan.kind()).isEqualTo(Fault.Kind.LATENCY);
        assertThat(wan.latencyMillis()).isEqualTo(150);
        assertThat(wan.perRecordMicros()).isEqualTo(200);
    }

    @Test
    void theDelayGrowsWithTheRecordsServed() {
        sim.seedHistory(2_000, T0.minus(Duration.ofDays(15)), T0);
        sim.faults().latency(Duration.ZERO, Duration.ofMillis(1));

        long start = System.nanoTime();
        SimClient.Reply page = client.get("listar_historico_chamada", PAGE_OF_1000);
        Duration big = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        client.get("listar_ramais", Map.of());
        Duration small = Duration.ofNanos(System.nanoTime() - start);

        assertThat(page.dados()).hasSize(1000);
        // Lower bounds only: a sleep is never shorter than asked, a busy machine may make anything longer.
        assertThat(big).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(small).isLessThan(big);
    }

    @Test
    void requestsInFlightTogetherWaitTogether() throws Exception {
        // Each request is logged when it arrives, before its delay: with one request served at a time the
        // second would not even be read until the first's 20 s were over.
        sim.faults().latency(Duration.ofSeconds(20), Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<SimClient.Reply>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                inFlight.add(CompletableFuture.supplyAsync(() -> client.get("listar_ramais", Map.of()), pool));
            }
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(() -> sim.requestCount("listar_ramais") == 4);
            assertThat(inFlight).as("all four arrived while the first still waits").noneMatch(CompletableFuture::isDone);
        } finally {
            sim.faults().clear();
            pool.shutdownNow();
        }
    }

    @Test
    void theAdminEndpointTakesThePerRecordPart() throws Exception {
        okhttp3.Request add = new okhttp3.Request.Builder().url(sim.rootUrl() + "/__sim/faults")
                .post(okhttp3.RequestBody.create("{\"kind\":\"LATENCY\",\"latencyMillis\":150,\"perRecordMicros\":200}",
                        okhttp3.MediaType.get("application/json")))
                .build();

        assertThat(client.execute(add).status()).isEqualTo(200);
        assertThat(sim.faults().active()).singleElement().isEqualTo(Fault.wanLatency());
    }
}
