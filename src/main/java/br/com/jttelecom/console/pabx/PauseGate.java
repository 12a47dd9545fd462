package br.com.jttelecom.console.pabx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds every caller back until a {@code Retry-After} has passed: one 429 pauses the whole client,
 * not just the thread that got it.
 */
final class PauseGate {

    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    PauseGate(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Pause everyone for {@code d} from now (never shortens a pause already in force). */
    void pauseFor(Duration d) {
        Instant until = clock.instant().plus(d);
        pausedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** What remains of the pause, zero when none. */
    Duration remaining() {
        Duration d = Duration.between(clock.instant(), pausedUntil.get());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Blocks until no pause is in force; returns how long it waited (zero when no pause was in force). */
    Duration awaitClear(String action) {
        Instant start = clock.instant();
        boolean waited = false;
        Duration d;
        while (!(d = remaining()).isZero()) {
            waited = true;
            try {
                sleeper.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PabxUnavailable(action, PabxUnavailable.Reason.INTERRUPTED, 0, "", e);
            }
        }
        return waited ? Duration.between(start, clock.instant()) : Duration.ZERO;
    }
}
