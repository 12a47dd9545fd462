package br.com.jttelecom.console.service.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the history run under way and asks it to stop ({@link RunStop.Reason#STALLED}) once it has stored
 * nothing for {@link SyncSettings#stallTimeout()}. It looks from a thread of its own: it must see a run that
 * holds the sync thread still. Activity is measured in {@link System#nanoTime()}, real time even where tests
 * run the sync on a fixed clock.
 */
final class StallWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StallWatchdog.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r ->
            Thread.ofPlatform().daemon().name("history-sync-watchdog").unstarted(r));
    /** Read at each look: Configurações may change the stall timeout between runs. */
    private final Supplier<SyncSettings> settings;
    private final Runnable onStalled;

    // The run under way (null between runs) and when it last stored a page or began.
    private volatile RunStop current;
    private volatile long lastActivityNanos;

    /**
     * Starts looking, about eight times per stall timeout (at most every 15 s, at least every 100 ms).
     *
     * @param onStalled told on the watchdog's thread, after a stalled run was asked to stop
     */
    StallWatchdog(Supplier<SyncSettings> settings, Runnable onStalled) {
        this.settings = settings;
        this.onStalled = onStalled;
        long every = Math.clamp(settings.get().stallTimeout().toMillis() / 8, 100, 15_000);
        thread.scheduleWithFixedDelay(this::stopIfStalled, every, every, TimeUnit.MILLISECONDS);
    }

    /** A run begins: watched from now on. */
    void began(RunStop run) {
        lastActivityNanos = System.nanoTime();
        current = run;
    }

    /** The run under way stored a page. */
    void activity() {
        lastActivityNanos = System.nanoTime();
    }

    /** The run ended, however it ended. */
    void ended() {
        current = null;
    }

    /** The run under way, or null between runs. */
    RunStop current() {
        return current;
    }

    /** A run that stored nothing for the stall timeout is asked to stop. */
    private void stopIfStalled() {
        RunStop run = current;
        if (run == null || run.requested()) {
            return;
        }
        long idle = System.nanoTime() - lastActivityNanos;
        if (idle >= settings.get().stallTimeout().toNanos()) {
            LOG.warn("history sync stored nothing for {} s: stopping it", Duration.ofNanos(idle).toSeconds());
            run.request(RunStop.Reason.STALLED);
            onStalled.run();
        }
    }

    /** Stops looking; a run under way is left alone. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
