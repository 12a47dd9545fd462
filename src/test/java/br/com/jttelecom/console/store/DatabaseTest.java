package br.com.jttelecom.console.store;

import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migrationsCreateEveryTableInAFileInTheDataFolder() {
        try (Database db = Database.openFolder(dir.resolve("data"))) {
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT LOWER(table_name) FROM information_schema.tables
                            WHERE LOWER(table_schema) = 'public' ORDER BY 1
                            """).mapTo(String.class).list());
            assertThat(tables).contains("app_user", "lead", "opportunity", "calls", "call_event", "setting",
                    "sync_state", "flyway_schema_history");
        }
        assertThat(dir.resolve("data").resolve(Database.FILE_NAME + ".mv.db")).isRegularFile();
    }

    @Test
    void aDatabaseClosedAndReopenedKeepsItsDataAndIsNotMigratedAgain() {
        Call stored;
        try (Database db = Database.openFolder(dir)) {
            stored = new CallRepository(db.jdbi()).insert(call().external("c-1").notes("ligar amanhã").build());
        }
        try (Database db = Database.openFolder(dir)) {
            assertThat(new CallRepository(db.jdbi()).findById(stored.id())).contains(stored);
            int migrations = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL").mapTo(Integer.class).one());
            // As many as there are versioned files: branches add migrations in parallel, a literal count would clash.
            assertThat(migrations).isEqualTo(versionedMigrationFiles());
        }
    }

    /** The SQL files and the Java migrations (store.migration) together. */
    private static int versionedMigrationFiles() {
        return versioned("src/main/resources/db/migration", "V[0-9_]+__.*\\.sql")
                + versioned("src/main/java/br/com/jttelecom/console/store/migration", "V[0-9_]+__.*\\.java");
    }

    private static int versioned(String folder, String pattern) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
            return (int) files.filter(f -> f.getFileName().toString().matches(pattern)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void opensAnyJdbcUrl() {
        try (Database db = Database.open("jdbc:h2:mem:any-url;DB_CLOSE_DELAY=-1", "sa", "")) {
            new SettingRepository(db.jdbi()).put("k", "v");
            assertThat(new SettingRepository(db.jdbi()).get("k")).contains("v");
        }
    }

    @Test
    void rowsAndCursorWrittenInOneTransactionVanishTogetherOnFailure() {
        try (Database db = Database.openFolder(dir)) {
            CallRepository calls = new CallRepository(db.jdbi());
            SyncStateRepository sync = new SyncStateRepository(db.jdbi());
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
                calls.upsertAll(List.of(call().external("c-1").build(), call().external("c-2").build()));
                sync.put("history", "page-2");
                throw new IllegalStateException("killed mid-sync");
            })).hasMessage("killed mid-sync");
            assertThat(calls.count(CallFilter.all())).isZero();
            assertThat(sync.get("history")).isEmpty();
        }
    }

    @Test
    void rowsAndCursorWrittenInOneTransactionCommitTogether() {
        try (Database db = Database.openFolder(dir)) {
            CallRepository calls = new CallRepository(db.jdbi());
            SyncStateRepository sync = new SyncStateRepository(db.jdbi());
            db.jdbi().useTransaction(h -> {
                calls.upsertAll(List.of(call().external("c-1").build()));
                sync.put("history", "page-1");
            });
            assertThat(calls.count(CallFilter.all())).isEqualTo(1);
            assertThat(sync.cursor("history")).contains("page-1");
        }
    }

    @Test
    void aFailedMigrationIsAnErrorAndLeavesTheFolderUsable() throws Exception {
        // A table Flyway does not know makes the migration fail on a non-empty schema.
        try (Database db = Database.open(Database.h2FileUrl(dir.resolve("other").toString()), "sa", "")) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE stranger (id INT)"));
            db.jdbi().useHandle(h -> h.execute("DROP TABLE \"flyway_schema_history\""));
        }
        String url = Database.h2FileUrl(dir.resolve("other").toString());
        assertThatThrownBy(() -> Database.open(url, "sa", "")).isInstanceOf(RuntimeException.class);
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
             var s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        try (Database db = Database.open(url, "sa", "")) {
            assertThat(new CallRepository(db.jdbi()).count(CallFilter.all())).isZero();
        }
    }

    @Test
    void aFolderPathWithASemicolonIsRefusedBeforeItBreaksTheUrl() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("a;b"));
        assertThatThrownBy(() -> Database.openFolder(odd)).isInstanceOf(IllegalArgumentException.class);
    }
}
