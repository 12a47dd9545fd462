package br.com.jttelecom.console.testsupport;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock in UTC that keeps its own time whatever zone is asked for: only {@link #instant()} is left to say. */
public abstract class UtcClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }
}
