package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The real simulator on loopback, a real H2 file, a client without retries (so faults reach the sync). */
abstract class SyncTestSupport {

    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dataFolder;

    PbxSimulator sim;
    PabxClient client;
    Database database;
    HistorySync sync;

    @BeforeEach
    void startAll() {
        sim = startSimulator();
        client = clientOf(sim);
        database = Database.openFolder(dataFolder);
        sync = newSync();
    }

    /** The simulator every sync test talks to; the same seed gives the same records in any JVM. */
    static PbxSimulator startSimulator() {
        PbxSimulator s = PbxSimulator.builder().user("u").token("t").seed(7L).clock(SimClock.manual(NOW)).build();
        s.start(0);
        return s;
    }

    static PabxClient clientOf(PbxSimulator s) {
        return new PabxClient(PabxSettings.of(s.baseUrl(), "u", "t")
                .withRetry(1, Duration.ofMillis(1))
                .withRequestsPerSecond(10_000)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withCircuitOpenWait(Duration.ofMillis(20)));
    }

    /** {@code n} calls spread over the 60 days before the last hour. */
    static void seed(PbxSimulator s, int n) {
        s.seedHistory(n, NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofHours(1)), 11L);
    }

    @AfterEach
    void stopAll() {
        sync.close();
        client.close();
        sim.close();
        try {
            database.close();
        } catch (RuntimeException alreadyClosed) {
            // a test closed it on purpose
        }
    }

    HistorySync newSync() {
        return new HistorySync(client, database, SyncSettings.defaults().withFirstWindow(Duration.ofDays(90))
                .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(4)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    void seed(int n) {
        seed(sim, n);
    }

    /** Kills the run at its {@code page}-th progress report, by throwing or by closing the database under it. */
    final class Killer implements HistorySyncListener {
        private final int page;
        private final boolean closeDatabase;
        private int seen;

        Killer(int page, boolean closeDatabase) {
            this.page = page;
            this.closeDatabase = closeDatabase;
        }

        @Override
        public void progress(SyncProgress p) {
            if (++seen == page) {
                if (closeDatabase) {
                    database.close();
                } else {
                    throw new IllegalStateException("killed at page " + page);
                }
            }
        }
    }

    /**
     * One sync run under {@code killer}; when the killer closed the database, it is opened again
     * (with the sync {@code reopened} makes). Returns whether the run was killed.
     */
    boolean killedRun(Killer killer, Supplier<HistorySync> reopened) throws Exception {
        sync.addListener(killer);
        boolean completed;
        try {
            sync.syncNow().get(60, TimeUnit.SECONDS);
            completed = true;
        } catch (ExecutionException killed) {
            completed = false;
        }
        sync.removeListener(killer);
        if (killer.closeDatabase) {
            sync.close();
            try {
                database.close();
            } catch (RuntimeException alreadyClosed) {
                // the killer closed it
            }
            database = Database.openFolder(dataFolder);
            sync = reopened.get();
        }
        return !completed;
    }

    long duplicateIds() {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) - COUNT(DISTINCT external_call_id) FROM calls").mapTo(Long.class).one());
    }

    long storedCount() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls").mapTo(Long.class).one());
    }

    Set<String> storedIds() {
        List<String> ids = database.jdbi().withHandle(h -> h.createQuery("SELECT external_call_id FROM calls")
                .mapTo(String.class).list());
        return new HashSet<>(ids);
    }

    /**
     * Every id the PBX holds for the sync's period, from the simulator's own records: one 90-day request of
     * 20,000 calls through the client timed out on a loaded machine after a fault test, failing a sync that was right.
     */
    Set<String> pbxIds() {
        java.time.Instant from = NOW.minus(Duration.ofDays(90)).atZone(HistoryWindow.SAO_PAULO).toLocalDate()
                .atStartOfDay(HistoryWindow.SAO_PAULO).toInstant();
        java.time.Instant to = NOW.atZone(HistoryWindow.SAO_PAULO).toLocalDate().plusDays(1)
                .atStartOfDay(HistoryWindow.SAO_PAULO).toInstant();
        Set<String> ids = new HashSet<>();
        sim.historyTruth().stream().filter(t -> !t.start().isBefore(from) && t.start().isBefore(to))
                .forEach(t -> ids.add(t.chamadaId()));
        return ids;
    }
}
