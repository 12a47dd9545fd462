package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deadlock victim is run again, a bounded number of times; any other failure stands at once. */
class DeadlockRetryTest {

    private static RuntimeException deadlock() {
        return new IllegalStateException("wrapped", new SQLException("Deadlock detected", "40001"));
    }

    @Test
    void aDeadlockVictimIsRunAgain() {
        AtomicInteger tries = new AtomicInteger();
        int result = DeadlockRetry.run("test", () -> {
            if (tries.incrementAndGet() == 1) {
                throw deadlock();
            }
            return 42;
        });
        assertThat(result).isEqualTo(42);
        assertThat(tries).hasValue(2);
    }

    @Test
    void aDeadlockEveryTimeGivesUpAfterTheAttemptsAllowed() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run("test", () -> {
            tries.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(DeadlockRetry.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run("test", () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("x", new SQLException("unique violation", "23505"));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
    }
}
