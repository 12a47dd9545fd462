package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code calls} table in step with the PBX's history ({@code listar_historico_chamada}).
 *
 * <p>{@code new HistorySync(client, database, SyncSettings.defaults(), Clock.systemUTC())}, add
 * listeners, then {@link #start()}: a sync runs at once (the first one of a new install reaches
 * {@link SyncSettings#firstWindow()} back), then every {@link SyncSettings#interval()}; after a
 * failure the next attempt waits {@link SyncSettings#backoffMin()}, doubling up to
 * {@link SyncSettings#backoffMax()}. {@link #syncNow()} runs one on demand. Runs never overlap:
 * they share one thread. The store keeps serving reads whatever the PBX does.
 *
 * <p>A run that stores nothing for {@link SyncSettings#stallTimeout()} is stopped by a {@link StallWatchdog};
 * listeners are told through {@link SyncListeners}.
 */
public final class HistorySync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySync.class);

    private final HistoryRun run;
    private volatile SyncSettings settings;
    private final Clock clock;
    private final SyncListeners listeners = new SyncListeners();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r ->
            Thread.ofPlatform().daemon().name("history-sync").unstarted(r));
    private final StallWatchdog watchdog;

    /** How long {@link #close()} waits for a run to end; the console's whole stop must fit in 5 s. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    // Written on the sync thread only; read from any thread.
    private volatile Instant lastSuccess;
    private volatile int failures;
    private volatile SyncStatus status;
    private volatile SyncIssues lastIssues = SyncIssues.NONE;
    private ScheduledFuture<?> next;
    private boolean started;

    /**
     * @param phones reads the customer numbers of the PBX's records, which are stored as E.164 (the
     *               console's own, so a change of the dial plan applies to the next sync)
     * @param areaCodes the extensions' DDDs, which numbers the PBX wrote without one take; refreshed
     *                  before each run (share the console's, so the directory's listings count too)
     */
    public HistorySync(PabxClient client, Database database, SyncSettings settings, Clock clock, PhoneNumbers phones,
                       AreaCodes areaCodes) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new HistoryRun(client, database.jdbi(), new CallRepository(database.jdbi(), clock),
                new SyncStateRepository(database.jdbi(), clock), this::settings, clock, new OddRecords(),
                Objects.requireNonNull(phones, "phones"), Objects.requireNonNull(areaCodes, "areaCodes"));
        // The last complete sync survives restarts: it is where the cursor says "synced until".
        this.lastSuccess = run.cursor().syncedUntil();
        this.status = new SyncStatus(SyncStatus.Phase.IDLE, Optional.ofNullable(lastSuccess), 0, Duration.ZERO, null);
        this.watchdog = new StallWatchdog(this::settings, () -> publish(new SyncStatus(SyncStatus.Phase.STALLED,
                lastSuccessfulSync(), failures, Duration.ZERO, SyncStatus.STALLED_SENTENCE, lastIssues, true)));
    }

    /** The extensions' DDDs listed by this sync itself. */
    public HistorySync(PabxClient client, Database database, SyncSettings settings, Clock clock, PhoneNumbers phones) {
        this(client, database, settings, clock, phones, new AreaCodes(client, clock));
    }

    /** Numbers read with the default dial plan. */
    public HistorySync(PabxClient client, Database database, SyncSettings settings, Clock clock) {
        this(client, database, settings, clock, new PhoneNumbers(DialPlan.defaults()));
    }

    public HistorySync(PabxClient client, Database database) {
        this(client, database, SyncSettings.defaults(), Clock.systemUTC());
    }

    public void addListener(HistorySyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(HistorySyncListener listener) {
        listeners.remove(listener);
    }

    /** Listeners now registered: each signed-in window adds some and must take them away at sign-out. */
    public int listenerCount() {
        return listeners.count();
    }

    /** Starts the background syncs: one now, then one every interval (or after the backoff). */
    public synchronized void start() {
        if (!started) {
            started = true;
            schedule(Duration.ZERO);
        }
    }

    /**
     * Syncs every {@code interval} from now on (Configurações saved another one). A wait already
     * under way is shortened or lengthened to end one new interval after the last sync; a back-off
     * after failures is left alone.
     */
    public synchronized void changeInterval(Duration interval) {
        settings = settings.withInterval(interval);
        if (started && next != null && !next.isDone() && failures == 0) {
            Duration sinceLast = lastSuccess == null ? Duration.ZERO : Duration.between(lastSuccess, clock.instant());
            Duration wait = interval.minus(sinceLast);
            schedule(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    /** Re-reads, reconciles and sends requests at once as {@code tuning} says from the next run on. */
    public synchronized void changeTuning(SyncTuning tuning) {
        settings = tuning.applyTo(settings);
    }

    /** The settings in use now. */
    public SyncSettings settings() {
        return settings;
    }

    /** Stops the background syncs; a run under way finishes its current page first. */
    public synchronized void stop() {
        started = false;
        if (next != null) {
            next.cancel(false);
        }
    }

    /**
     * One sync now, after any run under way. Completes with what it did, or exceptionally with
     * the failure (a {@code PabxException} when the PBX could not be read); a failure also
     * starts the backoff of the background syncs.
     */
    public CompletableFuture<SyncResult> syncNow() {
        CompletableFuture<SyncResult> result = new CompletableFuture<>();
        executor.execute(() -> runOnce(result, false));
        return result;
    }

    /**
     * One sync now that also compares the last {@link SyncSettings#reconcileDays()} days with the
     * PBX's totals and fetches again the days that hold fewer calls (it happens by itself once every
     * {@link SyncSettings#reconcileEvery()}).
     */
    public CompletableFuture<SyncResult> reconcileNow() {
        CompletableFuture<SyncResult> result = new CompletableFuture<>();
        executor.execute(() -> runOnce(result, true));
        return result;
    }

    /** When the last complete sync ended; empty before the first one. */
    public Optional<Instant> lastSuccessfulSync() {
        return Optional.ofNullable(lastSuccess);
    }

    public SyncStatus status() {
        return status;
    }

    private synchronized void schedule(Duration delay) {
        if (!started || executor.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = executor.schedule(() -> runOnce(new CompletableFuture<>(), false), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce(CompletableFuture<SyncResult> result, boolean reconcile) {
        RunStop stop = new RunStop();
        watchdog.began(stop);
        publish(new SyncStatus(SyncStatus.Phase.RUNNING, lastSuccessfulSync(), failures, Duration.ZERO, null, lastIssues));
        try {
            SyncResult r = run.run(this::progress, reconcile, stop);
            if (r.complete()) {
                lastSuccess = clock.instant();
            }
            failures = 0;
            lastIssues = r.issues();
            LOG.info("history sync: {} records, {} new, {} changed in {} ms{}", r.fetched(), r.inserted(), r.updated(),
                    r.elapsed().toMillis(), r.complete() ? "" : " (incomplete: resumes on the next sync)");
            publish(new SyncStatus(SyncStatus.Phase.IDLE, lastSuccessfulSync(), 0, settings.interval(), null, lastIssues));
            schedule(settings.interval());
            result.complete(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RunStop.SyncStopped e) {
            if (e.reason() == RunStop.Reason.STALLED) {
                failures++;
                Duration wait = settings.backoff(failures);
                LOG.warn("history sync stopped after {} s without progress ({} failed in a row), next attempt in {}",
                        settings.stallTimeout().toSeconds(), failures, wait);
                publish(new SyncStatus(SyncStatus.Phase.BACKING_OFF, lastSuccessfulSync(), failures, wait,
                        SyncStatus.STALLED_SENTENCE, lastIssues, true));
                schedule(wait);
            }
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            failures++;
            Duration wait = settings.backoff(failures);
            // The client's exceptions carry a sentence without secrets; others are logged with their trace.
            if (e instanceof PabxException) {
                LOG.warn("history sync failed ({} in a row), next attempt in {}: {}", failures, wait, e.toString());
            } else {
                LOG.warn("history sync failed ({} in a row), next attempt in {}", failures, wait, e);
            }
            publish(new SyncStatus(SyncStatus.Phase.BACKING_OFF, lastSuccessfulSync(), failures, wait,
                    Localized.of(e), lastIssues));
            schedule(wait);
            result.completeExceptionally(e);
        } finally {
            watchdog.ended();
        }
    }

    private void progress(SyncProgress p) {
        watchdog.activity();
        listeners.progress(p);
    }

    private void publish(SyncStatus s) {
        status = s;
        listeners.status(s);
    }

    /**
     * Stops the background syncs and asks a run under way to end after the page it is storing, then
     * waits for it at most {@link #CLOSE_WAIT}. No interrupt reaches the sync thread: one landing in the
     * database's file I/O would close the file for every thread (what the run stored is committed page
     * by page, and the cursor says what is left).
     */
    @Override
    public void close() {
        stop();
        RunStop run = watchdog.current();
        if (run != null) {
            run.request(RunStop.Reason.CLOSING);
        }
        watchdog.close();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the history sync did not stop within {} s; closing without it", CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
