package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxMetrics;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.sync.HistorySync;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The figures of the "Diagnóstico" page, the same as the API's {@code /health} and {@code /metrics}:
 * PBX state and latency, the client's circuit, requests and errors per action, last sync, calls in
 * progress. Supervisors and admins only: an agent has nothing to fix here.
 */
public final class Diagnostics {

    /** One PBX action's figures since the console started; {@code errorsByKind} by error type (as in /metrics). */
    public record ActionFigures(String action, long calls, long errors, Map<String, Long> errorsByKind, Duration p95) {
    }

    /**
     * A snapshot, taken at once. {@code circuit} is {@code CLOSED}/{@code OPEN}/{@code HALF_OPEN}, or empty
     * without a client; {@code waits} the rate-limit waits (our limiter and the PBX's Retry-After).
     */
    public record Report(ConnectionStatus connection, Optional<String> circuit, Optional<Instant> lastSync,
                         int callsInProgress, List<ActionFigures> actions, Optional<Waits> waits) {
    }

    /** How often and how long requests waited at our rate limiter and for the PBX's Retry-After. */
    public record Waits(long limiterWaits, Duration limiterWaited, long retryAfterWaits, Duration retryAfterWaited) {

        static Waits of(PabxMetrics.RateLimitWaits w) {
            return new Waits(w.limiterWaits(), w.limiterWaited(), w.retryAfterWaits(), w.retryAfterWaited());
        }
    }

    private final Session session;
    private final Optional<PabxClient> pbx;
    private final ConnectionMonitor monitor;
    private final Optional<HistorySync> sync;
    private final IntSupplier callsInProgress;

    public Diagnostics(Session session, Optional<PabxClient> pbx, ConnectionMonitor monitor, Optional<HistorySync> sync,
                       IntSupplier callsInProgress) {
        this.session = Objects.requireNonNull(session);
        this.pbx = Objects.requireNonNull(pbx);
        this.monitor = Objects.requireNonNull(monitor);
        this.sync = Objects.requireNonNull(sync);
        this.callsInProgress = Objects.requireNonNull(callsInProgress);
    }

    /** @throws PermissionDenied for an agent */
    public Report report() {
        ConsoleUser user = session.requireUser();
        if (user.role() == Role.AGENT) {
            throw new PermissionDenied("permission.denied", Permissions.roleName(user.role()),
                    Sentence.of("permission.VIEW_DIAGNOSTICS"));
        }
        List<ActionFigures> actions = pbx.map(c -> c.metrics().snapshot().actions().values().stream()
                        .sorted(Comparator.comparing(PabxMetrics.ActionSnapshot::action))
                        .map(a -> new ActionFigures(a.action(), a.calls(), a.errorCount(), a.errors(), a.p95()))
                        .toList())
                .orElse(List.of());
        return new Report(monitor.status(), pbx.map(c -> c.circuitState().name()),
                sync.flatMap(HistorySync::lastSuccessfulSync), callsInProgress.getAsInt(), actions,
                pbx.map(c -> Waits.of(c.metrics().waits())));
    }
}
