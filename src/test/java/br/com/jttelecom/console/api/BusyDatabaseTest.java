package br.com.jttelecom.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What H2 really throws when a row stays locked past the lock timeout is "busy"; a broken statement is not. */
class BusyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aLockWaitThatTimedOutIsBusyAndASyntaxErrorIsNot() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("busy").toAbsolutePath();
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
             Connection waiter = DriverManager.getConnection(url, "sa", "")) {
            holder.createStatement().execute("CREATE TABLE calls (id INT PRIMARY KEY, notes VARCHAR(20))");
            holder.createStatement().execute("INSERT INTO calls VALUES (1, NULL)");
            holder.setAutoCommit(false);
            holder.createStatement().executeUpdate("UPDATE calls SET notes = 'mine' WHERE id = 1");
            Statement w = waiter.createStatement();
            w.execute("SET LOCK_TIMEOUT 100");

            Throwable timedOut = catchThrowable(() -> w.executeUpdate("UPDATE calls SET notes = 'yours' WHERE id = 1"));
            Throwable broken = catchThrowable(() -> w.executeUpdate("UPDATE callz SET notes = 'x'"));

            assertThat(BusyDatabase.is(new IllegalStateException("wrapped", timedOut))).isTrue();
            assertThat(BusyDatabase.is(broken)).isFalse();
            assertThat(BusyDatabase.is(new IllegalStateException("no SQL at all"))).isFalse();
            holder.rollback();
        }
    }
}
