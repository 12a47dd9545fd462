package br.com.jttelecom.console.store.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls' unique key built again from the rows: still unique afterwards, and healed at open if cut short. */
class CallKeyRepairTest {

    @TempDir
    Path folder;

    @Test
    void theKeyIsBuiltAgainAndStillRefusesADuplicate() {
        try (Database db = Database.openFolder(folder)) {
            CallRepository calls = new CallRepository(db.jdbi());
            calls.upsertAll(List.of(call("a"), call("b")));

            new CallKeyRepair(db.jdbi()).rebuild();

            assertThat(keys(db)).contains(CallKeyRepair.KEY);
            assertThat(new DeferredIndexes(db.jdbi()).pending()).isFalse();
            Throwable duplicate = catchThrowable(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO calls (direction, status, start_time, external_call_id, updated_at)"
                            + " VALUES ('outbound', 'completed', CURRENT_TIMESTAMP, 'a', CURRENT_TIMESTAMP)")));
            assertThat(duplicate).isNotNull();
            assertThat(calls.count(CallFilter.all())).isEqualTo(2);
        }
    }

    @Test
    void aRebuildKilledBetweenDropAndAddIsFinishedWhenTheDatabaseOpens() throws Exception {
        try (Database db = Database.openFolder(folder)) {
            new CallRepository(db.jdbi()).upsertAll(List.of(call("a")));
        }
        // What a kill right after the drop leaves: the add recorded, the key gone.
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO deferred_index (index_name, table_name, create_sql) VALUES ('"
                    + CallKeyRepair.KEY + "', 'calls', 'ALTER TABLE calls ADD CONSTRAINT IF NOT EXISTS "
                    + "uq_calls_external_call_id UNIQUE (external_call_id)')");
            c.createStatement().execute("ALTER TABLE calls DROP CONSTRAINT uq_calls_external_call_id");
        }

        try (Database reopened = Database.openFolder(folder)) {
            assertThat(keys(reopened)).contains(CallKeyRepair.KEY);
        }
    }

    @Test
    void aConcurrentUpdateOrALockTimeoutLooksLikeALeftoverAndOtherFailuresDoNot() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("plain").toAbsolutePath();
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
             Connection writer = DriverManager.getConnection(url, "sa", "")) {
            holder.createStatement().execute("CREATE TABLE t (k VARCHAR(9) UNIQUE)");
            holder.setAutoCommit(false);
            holder.createStatement().execute("INSERT INTO t VALUES ('same')");
            writer.createStatement().execute("SET LOCK_TIMEOUT 100");

            Throwable blocked = catchThrowable(() -> writer.createStatement().execute("INSERT INTO t VALUES ('same')"));
            Throwable broken = catchThrowable(() -> writer.createStatement().execute("INSERT INTO nowhere VALUES (1)"));

            assertThat(CallKeyRepair.looksLikeALeftover(new IllegalStateException(blocked))).isTrue();
            assertThat(CallKeyRepair.looksLikeALeftover(broken)).isFalse();
            holder.rollback();
        }
    }

    private static List<String> keys(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT constraint_name FROM information_schema.table_constraints
                WHERE table_name = 'CALLS' AND constraint_type = 'UNIQUE'""").mapTo(String.class).list());
    }

    private static Call call(String externalId) {
        return new Call(null, null, null, null, "+5548999990000", Direction.OUTBOUND, null, CallStatus.COMPLETED,
                Instant.parse("2026-12-01T12:00:00Z"), null, null, externalId, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
