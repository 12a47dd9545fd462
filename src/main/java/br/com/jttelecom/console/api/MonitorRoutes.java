package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.sync.SyncStatus;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/telephony/health} and {@code /metrics}: open like any health check (they say how the
 * console is, nothing of its calls), so a monitor needs no account.
 */
final class MonitorRoutes {

    private final ApiServices services;
    private final ApiMetrics metrics;

    MonitorRoutes(ApiServices services, ApiMetrics metrics) {
        this.services = services;
        this.metrics = metrics;
    }

    void register(ApiServer server) {
        server.open(HandlerType.GET, "/api/telephony/health", this::health);
        server.open(HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }

    /**
     * The history sync's part: {@code degraded} when its last run could not make the history exact (the
     * reason in counts, no ids), when it is failing and backing off, or when a run stalled (stored nothing for
     * the stall timeout and was stopped); with the age of the last complete sync.
     */
    private Map<String, Object> syncPart() {
        return services.sync().map(sync -> {
            SyncStatus s = sync.status();
            Map<String, Object> part = new LinkedHashMap<>();
            String reason = null;
            if (s.stalled()) {
                reason = "the sync stored nothing for " + sync.settings().stallTimeout().toSeconds()
                        + " s and was stopped; " + (s.phase() == SyncStatus.Phase.BACKING_OFF
                        ? "next attempt in " + s.nextAttemptIn().toSeconds() + " s" : "stopping it now");
            } else if (s.phase() == SyncStatus.Phase.BACKING_OFF) {
                reason = "the last " + s.failures() + " sync(s) failed; next attempt in " + s.nextAttemptIn().toSeconds() + " s";
            } else if (s.degraded()) {
                reason = s.issues().summary();
            }
            part.put("status", reason == null ? "ok" : "degraded");
            part.put("reason", reason);
            part.put("last_complete_sync", s.lastSuccessfulSync().map(CallJson::time).orElse(null));
            part.put("last_complete_age_s", s.lastSuccessfulSync()
                    .map(t -> Math.max(0, Duration.between(t, java.time.Instant.now()).toSeconds())).orElse(null));
            return part;
        }).orElse(null);
    }

    private void health(Context ctx) {
        ConnectionStatus pbx = services.monitor().status();
        boolean reachable = pbx.state() == ConnectionState.ONLINE || pbx.state() == ConnectionState.DEMO;
        boolean database = services.databaseOk().getAsBoolean();
        Map<String, Object> pbxPart = new LinkedHashMap<>();
        pbxPart.put("reachable", reachable);
        pbxPart.put("state", pbx.state().name().toLowerCase(java.util.Locale.ROOT));
        pbxPart.put("latency_ms", pbx.lastLatency().map(Duration::toMillis).orElse(null));
        pbxPart.put("last_check", pbx.lastCheck().map(CallJson::time).orElse(null));
        pbxPart.put("circuit", services.pbx().map(c -> c.circuitState().name().toLowerCase(java.util.Locale.ROOT))
                .orElse(null));
        Map<String, Object> syncPart = syncPart();
        boolean syncOk = syncPart == null || "ok".equals(syncPart.get("status"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? (reachable && syncOk ? "ok" : "degraded") : "down");
        body.put("pbx", pbxPart);
        Map<String, Object> databasePart = new LinkedHashMap<>();
        databasePart.put("ok", database);
        // The sentence the window shows when the database was found damaged at this start and restored.
        databasePart.put("restored", services.databaseRestored().orElse(null));
        body.put("database", databasePart);
        body.put("last_sync", services.sync().flatMap(s -> s.lastSuccessfulSync()).map(CallJson::time).orElse(null));
        body.put("sync", syncPart);
        body.put("calls_in_progress", services.callsInProgress().getAsInt());
        ctx.status(database ? 200 : 503).json(body);
    }
}
