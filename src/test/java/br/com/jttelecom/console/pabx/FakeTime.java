package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the client "sleeps": waits are recorded instead of spent. */
public final class FakeTime extends MovableClock implements Sleeper {

    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public FakeTime() {
        super(Instant.parse("2026-08-21T12:00:00Z"));
    }

    @Override
    public synchronized void sleep(Duration d) {
        sleeps.add(d);
        advance(d);
    }

    public Duration totalSlept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
