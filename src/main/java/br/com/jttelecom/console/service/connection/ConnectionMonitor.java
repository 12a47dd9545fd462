package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.pabx.CircuitState;
import br.com.jttelecom.console.pabx.PabxClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps one answer to "can we reach the PBX?" for every view: checks at start, every
 * {@code interval} after that, and on demand ("Testar conexão"). Listeners are called on the
 * checking thread; UI code hops to the JavaFX thread itself.
 */
public final class ConnectionMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMonitor.class);

    private final ConnectionProbe probe;
    private final boolean demo;
    private final Clock clock;
    private final Executor executor;
    private final List<Consumer<ConnectionStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<ConnectionStatus> status = new AtomicReference<>(ConnectionStatus.checking());
    /** The check running now, or null; guarded by {@code this}. */
    private CompletableFuture<ConnectionStatus> running;
    /** The one check asked for while another ran: it starts when that one ends. Guarded by {@code this}. */
    private CompletableFuture<ConnectionStatus> queued;
    private volatile ScheduledFuture<?> schedule;

    public ConnectionMonitor(ConnectionProbe probe, boolean demo, Clock clock, Executor executor) {
        this.probe = probe;
        this.demo = demo;
        this.clock = clock;
        this.executor = executor;
    }

    public ConnectionStatus status() {
        return status.get();
    }

    public void addListener(Consumer<ConnectionStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ConnectionStatus> listener) {
        listeners.remove(listener);
    }

    /**
     * Checks again as soon as the client's circuit opens or closes, so the banner (and the buttons that
     * need the PBX) follow a failing PBX within a request or two instead of at the next scheduled check.
     */
    public void followCircuit(PabxClient client) {
        client.addCircuitListener((from, to) -> {
            if (to == CircuitState.OPEN || to == CircuitState.CLOSED) {
                checkNow();
            }
        });
    }

    /** Checks now and then every {@code interval} on the given scheduler (skipped while a check runs). */
    public void start(ScheduledExecutorService scheduler, Duration interval) {
        schedule = scheduler.scheduleWithFixedDelay(this::checkIfIdle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a check in the background and answers with a result the PBX gave after this call. While
     * another check runs, one more is queued behind it (the one that runs may have asked before the
     * PBX came back, so its answer would be stale); callers meanwhile share that queued check.
     */
    public CompletableFuture<ConnectionStatus> checkNow() {
        CompletableFuture<ConnectionStatus> first;
        synchronized (this) {
            if (running != null) {
                if (queued == null) {
                    queued = new CompletableFuture<>();
                }
                return queued;
            }
            first = running = new CompletableFuture<>();
        }
        try {
            executor.execute(() -> runFrom(first));
        } catch (RuntimeException e) { // the executor is shut down: the console is closing
            synchronized (this) {
                running = null;
            }
            first.completeExceptionally(e);
        }
        return first;
    }

    /** The scheduled check: nothing when one is running or queued anyway. */
    private void checkIfIdle() {
        CompletableFuture<ConnectionStatus> first;
        synchronized (this) {
            if (running != null) {
                return;
            }
            first = running = new CompletableFuture<>();
        }
        runFrom(first);
    }

    /** Runs {@code first}, then each check queued meanwhile, on this thread. */
    private void runFrom(CompletableFuture<ConnectionStatus> first) {
        CompletableFuture<ConnectionStatus> current = first;
        while (current != null) {
            try {
                current.complete(check());
            } catch (RuntimeException e) { // a listener failed: the next check must still run
                LOG.warn("Connection check listener failed: {}", e.toString());
                current.completeExceptionally(e);
            } catch (Error e) { // nothing more runs on this thread: let later asks start afresh
                CompletableFuture<ConnectionStatus> waiting;
                synchronized (this) {
                    waiting = queued;
                    queued = null;
                    running = null;
                }
                current.completeExceptionally(e);
                if (waiting != null) {
                    waiting.completeExceptionally(e);
                }
                throw e;
            }
            synchronized (this) {
                current = queued;
                queued = null;
                running = current;
            }
        }
    }

    private ConnectionStatus check() {
        ConnectionStatus next = toStatus(runProbe());
        ConnectionStatus previous = status.getAndSet(next);
        if (previous.state() != next.state()) {
            LOG.info("PBX connection {} -> {}", previous.state(), next.state());
        }
        listeners.forEach(l -> l.accept(next));
        return next;
    }

    private ConnectionCheck runProbe() {
        try {
            return probe.check();
        } catch (RuntimeException e) {
            // A probe should report failures as a result; one that throws still must not kill the schedule.
            LOG.warn("Connection probe failed unexpectedly: {}", e.toString());
            return ConnectionCheck.failed(Localized.of(e), null);
        }
    }

    private ConnectionStatus toStatus(ConnectionCheck check) {
        ConnectionState state = !check.ok() ? ConnectionState.OFFLINE : demo ? ConnectionState.DEMO : ConnectionState.ONLINE;
        return new ConnectionStatus(state, check.latency(), Optional.of(clock.instant()), check.problem());
    }

    @Override
    public void close() {
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
    }
}
