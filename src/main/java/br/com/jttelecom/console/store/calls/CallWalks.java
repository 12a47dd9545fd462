package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.store.DeadlockRetry;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One statement at a time that walks the whole {@code calls} table (matching calls to leads, linking them to users).
 * Two such walks at once take their row locks in different orders (one by id, one through the phone index) and
 * deadlock each other: seen when the demo start linked extensions while the first sync's end matched leads. Held
 * in turn they cannot; a walk that still meets a writer (a history page) is run again by {@link DeadlockRetry}.
 * One lock for the JVM: the console has one database, and tests only wait on each other for a moment.
 */
final class CallWalks {

    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private CallWalks() {
    }

    static <T> T run(String what, Supplier<T> walk) {
        ONE_AT_A_TIME.lock();
        try {
            return DeadlockRetry.run(what, walk);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }
}
