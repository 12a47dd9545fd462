package br.com.jttelecom.console.testsupport;

import java.time.Duration;
import java.time.Instant;

/**
 * A UTC clock that stands still until a test moves it, so lock-outs, backups and due times pass without waiting.
 * Safe to read from another thread: the instant is volatile.
 */
public class MovableClock extends UtcClock {

    private volatile Instant now;

    public MovableClock(Instant start) {
        now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
