package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the database leaves no "Database is already closed" stack trace in H2's trace file. */
class DatabaseShutdownTraceTest {

    @TempDir
    Path folder;

    @Test
    void aCleanCloseWritesNoTraceFile() {
        Database db = Database.openFolder(folder);
        int one = db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        assertThat(one).isEqualTo(1);
        db.close();
        Path trace = folder.resolve("jt-console.trace.db");
        assertThat(trace).doesNotExist();
        // Closed for real: the file opens again (a database left open would still hold its lock).
        Database again = Database.openFolder(folder);
        again.close();
        assertThat(Files.exists(trace)).isFalse();
    }
}
