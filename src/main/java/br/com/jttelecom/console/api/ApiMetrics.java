package br.com.jttelecom.console.api;

import br.com.jttelecom.console.pabx.CircuitState;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The figures of {@code /metrics}, in Prometheus text: the PBX client's own counters (read from its
 * {@link PabxMetrics} snapshot, taken once per scrape), its circuit, the sync lag, the calls in
 * progress, and the API's own requests.
 */
final class ApiMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ApiServices services;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile PabxMetrics.Snapshot last = new PabxMetrics.Snapshot(Map.of());

    ApiMetrics(ApiServices services) {
        this.services = services;
        Gauge.builder("jt_pbx_circuit_state", this, m -> circuit())
                .description("0 fechado, 1 meio-aberto, 2 aberto, -1 sem cliente").register(registry);
        Gauge.builder("jt_sync_lag_seconds", this, m -> syncLag())
                .description("seconds since the last history sync").register(registry);
        Gauge.builder("jt_calls_in_progress", services.callsInProgress(), s -> s.getAsInt()).register(registry);
        Gauge.builder("jt_database_up", services.databaseOk(), s -> s.getAsBoolean() ? 1 : 0).register(registry);
        wait("limiter", "waits per call in the client's request limiter",
                PabxMetrics.RateLimitWaits::limiterWaits, PabxMetrics.RateLimitWaits::limiterWaited);
        wait("retry_after", "esperas pelo Retry-After de um 429 do PABX",
                PabxMetrics.RateLimitWaits::retryAfterWaits, PabxMetrics.RateLimitWaits::retryAfterWaited);
    }

    /** {@code jt_pbx_rate_limit_wait_seconds_count} and {@code _sum}, by where the request waited. */
    private void wait(String source, String description, java.util.function.ToLongFunction<PabxMetrics.RateLimitWaits> count,
                      java.util.function.Function<PabxMetrics.RateLimitWaits, Duration> total) {
        FunctionTimer.builder("jt_pbx_rate_limit_wait", this, m -> count.applyAsLong(waits()),
                        m -> total.apply(waits()).toNanos(), TimeUnit.NANOSECONDS)
                .tag("source", source).description(description).register(registry);
    }

    private PabxMetrics.RateLimitWaits waits() {
        return services.pbx().map(c -> c.metrics().waits())
                .orElseGet(() -> new PabxMetrics.RateLimitWaits(0, Duration.ZERO, 0, Duration.ZERO));
    }

    /** The text a scrape gets: the PBX snapshot is read first so every figure is from the same moment. */
    String scrape() {
        services.pbx().ifPresent(c -> {
            last = c.metrics().snapshot();
            last.actions().values().forEach(this::registerAction);
        });
        return registry.scrape();
    }

    void recordRequest(String method, String route, int status, Duration took) {
        Timer.builder("jt_api_requests").tag("method", method).tag("route", route)
                .tag("status", Integer.toString(status)).register(registry).record(took.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void registerAction(PabxMetrics.ActionSnapshot a) {
        String action = a.action();
        if (known.add("calls:" + action)) {
            FunctionCounter.builder("jt_pbx_requests", this, m -> action(action).calls())
                    .tag("action", action).register(registry);
            latency(action, "0.5", PabxMetrics.ActionSnapshot::p50);
            latency(action, "0.95", PabxMetrics.ActionSnapshot::p95);
            latency(action, "0.99", PabxMetrics.ActionSnapshot::p99);
        }
        for (String kind : a.errors().keySet()) {
            if (known.add("error:" + action + ":" + kind)) {
                FunctionCounter.builder("jt_pbx_errors", this,
                                m -> action(action).errors().getOrDefault(kind, 0L))
                        .tag("action", action).tag("kind", kind).register(registry);
            }
        }
    }

    private void latency(String action, String quantile,
                         java.util.function.Function<PabxMetrics.ActionSnapshot, Duration> pick) {
        Gauge.builder("jt_pbx_latency_seconds", this, m -> pick.apply(action(action)).toNanos() / 1e9)
                .tag("action", action).tag("quantile", quantile).register(registry);
    }

    private PabxMetrics.ActionSnapshot action(String name) {
        PabxMetrics.ActionSnapshot a = last.actions().get(name);
        return a != null ? a : new PabxMetrics.ActionSnapshot(name, 0, Map.of(), Duration.ZERO, Duration.ZERO,
                Duration.ZERO);
    }

    private double circuit() {
        return services.pbx().map(PabxClient::circuitState).map(ApiMetrics::code).orElse(-1.0);
    }

    private static double code(CircuitState s) {
        return switch (s.name()) {
            case "CLOSED" -> 0;
            case "HALF_OPEN" -> 1;
            default -> 2;
        };
    }

    private double syncLag() {
        return services.sync().flatMap(s -> s.lastSuccessfulSync())
                .map(t -> (double) Duration.between(t, services.clock().instant()).toSeconds())
                .orElse(Double.NaN);
    }
}
