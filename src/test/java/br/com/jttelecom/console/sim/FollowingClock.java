package br.com.jttelecom.console.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A java.time clock that reads a simulator's clock, so a console under test and its PBX agree on "now". */
public final class FollowingClock extends Clock {

    private final SimClock sim;

    public FollowingClock(SimClock sim) {
        this.sim = sim;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return sim.now();
    }
}
