package br.com.jttelecom.console.sim;

import java.time.Instant;

/**
 * The simulator's only source of time, so tests can move a call 30 seconds forward without
 * sleeping ({@link ManualClock}) while demo mode runs on the wall clock.
 */
public interface SimClock {

    Instant now();

    /** Wall-clock time; the simulator then ticks itself once a second. */
    static SimClock system() {
        return Instant::now;
    }

    /** A clock that only moves when told to. */
    static ManualClock manual(Instant start) {
        return new ManualClock(start);
    }
}
