package br.com.jttelecom.console.service.calls;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the tracker's round on a shared scheduler at the configured pace, and changes the pace while running. A
 * failed round is logged and the next one still comes: a scheduled task that throws would never run again.
 */
final class PollSchedule implements AutoCloseable {

    /** Logged under the tracker's name, as before it was split, so the log reads and filters the same. */
    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    private final Runnable round;
    private ScheduledFuture<?> poller;
    private ScheduledExecutorService scheduler;
    private Duration interval;

    PollSchedule(Runnable round) {
        this.round = round;
    }

    /** Runs the round every {@code interval}, the first one interval from now; a second start is ignored. */
    synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        if (poller == null) {
            this.scheduler = scheduler;
            this.interval = interval;
            poller = schedule(interval);
        }
    }

    /**
     * Runs the round every {@code next} from now on. The first round at the new pace comes one new interval from
     * now, so a shorter interval takes effect at once.
     */
    synchronized void changeInterval(Duration next) {
        if (poller == null || next.equals(interval)) {
            interval = next;
            return;
        }
        poller.cancel(false);
        interval = next;
        poller = schedule(next);
    }

    /** The interval in use (null before {@link #start}). */
    synchronized Duration interval() {
        return interval;
    }

    private ScheduledFuture<?> schedule(Duration every) {
        return scheduler.scheduleWithFixedDelay(this::safeRound, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void safeRound() {
        try {
            round.run();
        } catch (RuntimeException e) {
            LOG.warn("Call tracking round failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.cancel(false);
            poller = null;
        }
    }
}
