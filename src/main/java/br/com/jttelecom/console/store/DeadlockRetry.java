package br.com.jttelecom.console.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again when the database chose it as a deadlock victim (SQLState 40001): two
 * writers that touch the same calls in different orders (the history sync storing a page while an
 * update walks the whole table) are both right, and the victim's work was rolled back whole, so
 * running it again is safe. Bounded: {@link #ATTEMPTS} tries, then the failure stands.
 */
public final class DeadlockRetry {

    static final int ATTEMPTS = 4;
    static final Duration PAUSE = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);

    private DeadlockRetry() {
    }

    /** {@code work}, tried again up to {@link #ATTEMPTS} times in all while it ends in a deadlock. */
    public static <T> T run(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isDeadlock(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info("{}: chosen as a deadlock victim (attempt {} of {}), running it again", what, attempt, ATTEMPTS);
                // The winner holds its rows until it commits: a try at once meets them again (seen: three tries in
                // 60 ms, all victims). A short, growing pause lets it finish.
                LockSupport.parkNanos(PAUSE.multipliedBy(attempt).toNanos());
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
