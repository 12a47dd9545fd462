package br.com.jttelecom.console.service;

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
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean checking = new AtomicBoolean();
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

    /** Checks now and then every {@code interval} on the given scheduler. */
    public void start(ScheduledExecutorService scheduler, Duration interval) {
        schedule = scheduler.scheduleWithFixedDelay(this::checkIfIdle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a check in the background. A check already running is not doubled: the caller gets
     * that check's result.
     */
    public CompletableFuture<ConnectionStatus> checkNow() {
        return CompletableFuture.supplyAsync(this::checkIfIdle, executor);
    }

    private ConnectionStatus checkIfIdle() {
        if (!checking.compareAndSet(false, true)) {
            return status.get();
        }
        try {
            ConnectionStatus next = toStatus(runProbe());
            ConnectionStatus previous = status.getAndSet(next);
            if (previous.state() != next.state()) {
                LOG.info("PBX connection {} -> {}", previous.state(), next.state());
            }
            listeners.forEach(l -> l.accept(next));
            return next;
        } finally {
            checking.set(false);
        }
    }

    private ConnectionCheck runProbe() {
        try {
            return probe.check();
        } catch (RuntimeException e) {
            // A probe should report failures as a result; one that throws still must not kill the schedule.
            LOG.warn("Connection probe failed unexpectedly: {}", e.toString());
            return ConnectionCheck.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
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
