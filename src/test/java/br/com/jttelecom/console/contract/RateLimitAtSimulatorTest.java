package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client (real clock) against the real simulator (system clock) with 20 concurrent callers and
 * 5 requests per second: counted at the simulator, no one-second window ever holds more than 5 (+1 for the
 * window edge), and a 429 with Retry-After holds every caller back until it has passed.
 */
class RateLimitAtSimulatorTest {

    private static final int RPS = 5;
    private static final int CALLERS = 20;
    private static final String ACTION = "listar_ramais";

    private PbxSimulator sim;
    private PabxClient client;
    private ExecutorService callers;

    @BeforeEach
    void start() {
        sim = ContractSupport.simBuilder().build().start(0);
        client = new PabxClient(ContractSupport.settings(sim, AuthMode.HEADERS).withRequestsPerSecond(RPS));
        callers = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        client.close();
        sim.close();
    }

    /** Every caller starts together and reads, one read after another, until {@code budget} has passed. */
    private void hammer(Duration budget) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + budget.toNanos();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            all.add(callers.submit(() -> {
                go.await();
                while (System.nanoTime() < end) {
                    assertThat(client.listExtensions()).isNotEmpty();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get(budget.toSeconds() + 30, TimeUnit.SECONDS);
        }
    }

    private List<Instant> arrivals() {
        return sim.requests().stream().filter(r -> ACTION.equals(r.action())).map(RecordedRequest::at).sorted()
                .toList();
    }

    /** The most requests that arrived within any one second starting at an arrival. */
    private static int busiestSecond(List<Instant> at) {
        int max = 0;
        for (int i = 0, j = 0; i < at.size(); i++) {
            while (j < at.size() && at.get(j).isBefore(at.get(i).plusSeconds(1))) {
                j++;
            }
            max = Math.max(max, j - i);
        }
        return max;
    }

    @Test
    void twentyCallersNeverPushMoreThanTheConfiguredRatePerSecond() throws Exception {
        hammer(Duration.ofSeconds(3));

        List<Instant> at = arrivals();
        assertThat(at.size()).as("the callers kept the limiter busy").isGreaterThanOrEqualTo(3 * RPS);
        assertThat(busiestSecond(at)).as("arrivals in the busiest second").isLessThanOrEqualTo(RPS + 1);
    }

    @Test
    void aRateLimitWithRetryAfterPausesEveryCallerUntilItPasses() throws Exception {
        assertThat(client.listExtensions()).as("a warm client answers in milliseconds").isNotEmpty();
        Instant armed = Instant.now();
        sim.faults().add(Fault.rateLimited(2).onlyFor(ACTION).times(1));

        hammer(Duration.ofSeconds(3));

        List<Instant> after = arrivals().stream().filter(t -> t.isAfter(armed)).toList();
        Instant refused = after.get(0);
        List<Instant> during = after.stream()
                .filter(t -> t.isAfter(refused) && t.isBefore(refused.plusSeconds(2))).toList();
        // Only requests whose permits were given before the 429 came back may still arrive: with one permit
        // per 200 ms that is one on a quiet machine; a busy one is allowed up to 600 ms and three. Without the
        // pause, a request would arrive every 200 ms all through the 2 s.
        assertThat(during).as("requests sent while the PBX asked to wait 2 s after %s", refused)
                .hasSizeLessThanOrEqualTo(3)
                .allSatisfy(t -> assertThat(t).isBefore(refused.plusMillis(600)));
        assertThat(after.size()).as("the callers resumed afterwards").isGreaterThan(2);
        assertThat(busiestSecond(after.subList(1, after.size()))).isLessThanOrEqualTo(RPS + 1);
    }
}
