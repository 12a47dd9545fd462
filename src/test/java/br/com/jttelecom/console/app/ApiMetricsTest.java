package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.wiring.CallServices;
import br.com.jttelecom.console.service.connection.Diagnostics;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /metrics} scraped after real traffic to the simulator: a 429 with Retry-After shows as a
 * Retry-After wait and a rate-limit error, a burst above the client's 5 requests per second as limiter
 * waits, and the "Diagnóstico" page reads the same figures.
 */
class ApiMetricsTest {

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

    /** The value of the sample {@code name} whose labels include every {@code k="v"} given. */
    static double sample(String text, String name, String... labels) {
        return text.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " " + List.of(labels) + " in\n" + text));
    }

    @Test
    void everyListedFigureIsThere() {
        api.get("/api/telephony/extensions", api.login("admin"));
        String text = api.get("/metrics", null).body();
        assertThat(sample(text, "jt_pbx_requests_total", "action=\"listar_ramais\"")).isPositive();
        assertThat(sample(text, "jt_pbx_latency_seconds", "action=\"listar_ramais\"", "quantile=\"0.95\"")).isPositive();
        assertThat(sample(text, "jt_pbx_circuit_state")).isZero();
        assertThat(text).contains("jt_sync_lag_seconds", "jt_calls_in_progress", "jt_database_up 1",
                "jt_api_requests_seconds_count{");
        assertThat(sample(text, "jt_pbx_rate_limit_wait_seconds_count", "source=\"limiter\"")).isNotNegative();
        assertThat(sample(text, "jt_pbx_rate_limit_wait_seconds_sum", "source=\"retry_after\"")).isNotNegative();
    }

    @Test
    void a429AndABurstShowAsRateLimitWaitsInMetricsAndOnTheDiagnosticsPage() throws Exception {
        String token = api.login("supervisor");
        api.simulator().faults().add(Fault.rateLimited(1).onlyFor("listar_ramais").times(1));
        assertThat(api.get("/api/telephony/extensions", token).status()).as("the read is retried after the pause")
                .isEqualTo(200);
        ExecutorService burst = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture<?>[] all = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.runAsync(() ->
                    assertThat(api.get("/api/telephony/extensions", token).status()).isEqualTo(200), burst))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).join();
        } finally {
            burst.shutdownNow();
        }

        String text = api.get("/metrics", null).body();
        double retryAfterWaits = sample(text, "jt_pbx_rate_limit_wait_seconds_count", "source=\"retry_after\"");
        assertThat(retryAfterWaits).isGreaterThanOrEqualTo(1);
        assertThat(sample(text, "jt_pbx_rate_limit_wait_seconds_sum", "source=\"retry_after\""))
                .as("about the second the PBX asked for").isGreaterThan(0.5);
        assertThat(sample(text, "jt_pbx_rate_limit_wait_seconds_count", "source=\"limiter\""))
                .as("eight reads at once, five permits a second").isGreaterThanOrEqualTo(1);
        assertThat(sample(text, "jt_pbx_rate_limit_wait_seconds_sum", "source=\"limiter\"")).isPositive();
        assertThat(sample(text, "jt_pbx_errors_total", "action=\"listar_ramais\"", "kind=\"PabxRateLimited\""))
                .isEqualTo(1);

        DiagnosticsViewModel page = diagnosticsPage();
        assertThat(page.retryAfterWaitsProperty().get()).startsWith(waits((long) retryAfterWaits));
        assertThat(page.limiterWaitsProperty().get()).doesNotStartWith("nenhuma");
        Diagnostics.ActionFigures listing = page.actions().stream()
                .filter(a -> a.action().equals("listar_ramais")).findFirst().orElseThrow();
        assertThat(page.errorKinds(listing)).contains("limite de requisições (429): 1");
    }

    private static String waits(long count) {
        return count == 1 ? "1 espera," : count + " esperas,";
    }

    /** The page as the window builds it, for a supervisor signed in to the window. */
    private static DiagnosticsViewModel diagnosticsPage() {
        Diagnostics diagnostics = new Diagnostics(api.admin.session(), api.runtime.pabxClient(),
                api.runtime.connectionMonitor(), api.runtime.historySync(),
                () -> api.runtime.calls().map(CallServices::callsInProgress).orElse(0));
        DiagnosticsViewModel model = new DiagnosticsViewModel(diagnostics, new InlineTaskRunner(),
                api.runtime.messages(), ZoneId.of("America/Sao_Paulo"));
        api.admin.accounts().signIn("supervisor", "supervisor123".toCharArray());
        try {
            model.refresh();
        } finally {
            api.admin.accounts().signOut();
        }
        assertThat(model.problemProperty().get()).isEmpty();
        return model;
    }
}
