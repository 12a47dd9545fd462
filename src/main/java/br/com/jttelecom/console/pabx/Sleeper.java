package br.com.jttelecom.console.pabx;

import java.time.Duration;

/** How the client waits (for {@code Retry-After}); injected so tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration d) throws InterruptedException;

    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
}
