package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link SimClock} for tests: time stands still until {@link #advance(Duration)}. */
public final class ManualClock implements SimClock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public Instant advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: " + step);
        }
        return now.updateAndGet(t -> t.plus(step));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }
}
