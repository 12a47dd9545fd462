package br.com.jttelecom.console.sim;

import br.com.jttelecom.console.testsupport.UtcClock;
import java.time.Instant;

/** A java.time clock that reads a simulator's clock, so a console under test and its PBX agree on "now". */
public final class FollowingClock extends UtcClock {

    private final SimClock sim;

    public FollowingClock(SimClock sim) {
        this.sim = sim;
    }

    @Override
    public Instant instant() {
        return sim.now();
    }
}
