package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import br.com.jttelecom.console.pabx.wire.ExtensionData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class ResilienceTest extends PabxTestSupport {

    private static final MockResponse DOWN = json(503, "{\"http_response_code\":503,\"mensagem\":\"Indisponível\"}");
    private static final MockResponse RESET = new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();

    private CountingDispatcher always(MockResponse r) {
        CountingDispatcher d = new CountingDispatcher(r);
        server.setDispatcher(d);
        return d;
    }

    @Test
    void failingReadIsTriedThreeTimes() {
        CountingDispatcher d = always(DOWN);
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isEqualTo(3);
    }

    @Test
    void retryAttemptsComeFromSettings() {
        useSettings(settings().withRetry(5, Duration.ofMillis(1)));
        CountingDispatcher d = always(DOWN);
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isEqualTo(5);
    }

    @Test
    void readRecoversWhenALaterTrySucceeds() {
        server.enqueue(DOWN);
        server.enqueue(DOWN);
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"campanha_id\":\"1\"}]}"));
        assertThat(client.listCampaigns()).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void rejectedReadIsNotRetried() {
        CountingDispatcher d = always(json(400, "{\"http_response_code\":400,\"mensagem\":\"campo\"}"));
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxRejected.class);
        assertThat(d.count()).isEqualTo(1);
    }

    @Test
    void failingInsertIsSentOnce() {
        CountingDispatcher d = always(DOWN);
        assertThatThrownBy(() -> client.insertExtension(ExtensionData.basic("1", "x", "209", "pw")))
                .isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isEqualTo(1);
    }

    @Test
    void failingDialIsSentOnce() {
        CountingDispatcher d = always(DOWN);
        assertThatThrownBy(() -> client.dial("1001", "011999999999", null)).isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isEqualTo(1);
    }

    @Test
    void dialUnderConnectionResetIsSentExactlyOnce() {
        CountingDispatcher d = always(RESET);
        assertThatThrownBy(() -> client.dial("1001", "011999999999", null)).isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void readUnderConnectionResetIsRetried() {
        CountingDispatcher d = always(RESET);
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxUnavailable.class);
        assertThat(d.count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void rateLimitHoldsUnderTwentyConcurrentCallers() throws Exception {
        int rps = 10;
        useSettings(settings().withRequestsPerSecond(rps));
        CountingDispatcher d = always(ok(EMPTY_LIST));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return client.listCampaigns();
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> t = new ArrayList<>(d.arrivalsNanos);
        t.sort(null);
        assertThat(t).hasSize(20);
        int maxInAnySecond = 0;
        for (int i = 0; i < t.size(); i++) {
            int n = 0;
            for (int j = i; j < t.size() && t.get(j) - t.get(i) < 1_000_000_000L; j++) {
                n++;
            }
            maxInAnySecond = Math.max(maxInAnySecond, n);
        }
        // One permit every 100 ms: at most rps + 1 in any second, +1 for scheduling jitter on a busy machine.
        // Without the limiter all twenty arrive within a few milliseconds.
        assertThat(maxInAnySecond).isLessThanOrEqualTo(rps + 2);
        assertThat(Duration.ofNanos(t.get(19) - t.get(0))).isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void retryAfterPausesThenTheReadSucceeds() {
        FakeTime time = new FakeTime();
        client.close();
        client = new PabxClient(settings(), time, time);
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"campanha_id\":\"1\"}]}"));

        assertThat(client.listCampaigns()).hasSize(1);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterOnAWritePausesEveryOtherCaller() {
        FakeTime time = new FakeTime();
        client.close();
        client = new PabxClient(settings(), time, time);
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "5").build());
        server.enqueue(ok(EMPTY_LIST));

        assertThatThrownBy(() -> client.deleteExtension("1")).isInstanceOf(PabxRateLimited.class);
        assertThat(time.sleeps).isEmpty();
        client.listCampaigns();

        assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void circuitOpensWhenThePbxIsDownAndClosesWhenItComesBack() {
        List<String> transitions = new CopyOnWriteArrayList<>();
        client.addCircuitListener((from, to) -> transitions.add(from + "->" + to));
        CountingDispatcher d = always(DOWN);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxUnavailable.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
        int before = d.count();
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.CIRCUIT_OPEN));
        assertThat(d.count()).as("an open circuit sends nothing").isEqualTo(before);

        d.answer(ok(EMPTY_LIST));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).ignoreExceptionsInstanceOf(PabxUnavailable.class).untilAsserted(() ->
                assertThat(client.listCampaigns()).isEmpty());

        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
    }

    @Test
    void rejectionsDoNotOpenTheCircuit() {
        always(json(400, "{\"http_response_code\":400,\"mensagem\":\"campo\"}"));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxRejected.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
    }
}
