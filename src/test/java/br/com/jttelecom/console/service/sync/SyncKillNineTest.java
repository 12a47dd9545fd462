package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bulk first sync killed with SIGKILL ({@code Process.destroyForcibly}) in a JVM of its own
 * ({@link BulkSyncChild}), at random pages and once right after its last page, while it builds the
 * index it set aside. After each kill the database opens with every index (the one the dead load
 * had dropped is built on opening), no duplicate; a last sync ends with exactly the PBX's records.
 *
 * <p>Each kill lands after at least one page was confirmed, and the load records the index it sets aside
 * (a commit) before its first page: with durable commits the first kill always finds it recorded in the
 * file. This once failed on a fast machine while H2 still delayed its writes by 500 ms: a kill within half a
 * second of the load's start found neither the record nor the pages.
 */
class SyncKillNineTest extends SyncTestSupport {

    private static final int RECORDS = 3_000;
    private static final int KILLS = 5;

    static SyncSettings settings() {
        return SyncSettings.defaults().withFirstWindow(Duration.ofDays(90)).withPageSize(50).withBulkLoadMin(500)
                .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(4));
    }

    @Test
    void killedWithSigkillTheBulkSyncResumesExactlyAndOpensWithEveryIndex() throws Exception {
        List<String> freshIndexes = indexNames(database);
        seed(RECORDS);
        // The child owns the folder from now on.
        sync.close();
        database.close();
        Random random = new Random(20261129L);
        int leftAside = 0;

        for (int i = 0; i <= KILLS; i++) {
            boolean last = i == KILLS;
            int atPage = 1 + random.nextInt(12);
            killChild(atPage, last);
            leftAside += setAsideInTheFile() > 0 ? 1 : 0;
            try (Database reopened = Database.openFolder(dataFolder)) {
                assertThat(indexNames(reopened)).as("after kill %d", i).isEqualTo(freshIndexes);
                assertThat(new DeferredIndexes(reopened.jdbi()).pending()).as("after kill %d", i).isFalse();
                long duplicates = reopened.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) - COUNT(DISTINCT external_call_id) FROM calls").mapTo(Long.class).one());
                assertThat(duplicates).as("duplicates after kill %d", i).isZero();
            }
        }

        assertThat(leftAside).as("kills that caught the load with its index set aside").isPositive();
        database = Database.openFolder(dataFolder);
        sync = new HistorySync(client, database, settings(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(sync.syncNow().get(60, TimeUnit.SECONDS).complete()).isTrue();
        assertThat(storedCount()).isEqualTo(RECORDS);
        assertThat(storedIds()).isEqualTo(pbxIds());
    }

    /** Runs the child until its {@code atPage}-th page (or, when {@code afterLastPage}, its last), then SIGKILL. */
    private void killChild(int atPage, boolean afterLastPage) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BulkSyncChild.class.getName(), dataFolder.toString(), Integer.toString(RECORDS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int pages = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("page ")) {
                    pages++;
                    String[] doneTotal = line.substring(5).split(" ");
                    boolean lastPage = Long.parseLong(doneTotal[0]) >= Long.parseLong(doneTotal[1]);
                    if (afterLastPage ? lastPage : pages == atPage || lastPage) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
        } finally {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
        }
    }

    /** What the dead child left recorded as set aside, read with plain JDBC (opening a Database would build it). */
    private long setAsideInTheFile() throws SQLException {
        String url = "jdbc:h2:file:" + dataFolder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM deferred_index")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> indexNames(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT index_name FROM information_schema.indexes WHERE table_name = 'CALLS' ORDER BY 1")
                .mapTo(String.class).list());
    }
}
