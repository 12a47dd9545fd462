package br.com.jttelecom.console.service;

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
        sim = PbxSimulator.builder().user("u").token("t").seed(7L).clock(SimClock.manual(NOW)).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "u", "t")
                .withRetry(1, Duration.ofMillis(1))
                .withRequestsPerSecond(10_000)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withCircuitOpenWait(Duration.ofMillis(20)));
        database = Database.openFolder(dataFolder);
        sync = newSync();
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

    /** {@code n} calls spread over the 60 days before the last hour. */
    void seed(int n) {
        sim.seedHistory(n, NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofHours(1)), 11L);
    }

    long storedCount() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls").mapTo(Long.class).one());
    }

    Set<String> storedIds() {
        List<String> ids = database.jdbi().withHandle(h -> h.createQuery("SELECT external_call_id FROM calls")
                .mapTo(String.class).list());
        return new HashSet<>(ids);
    }

    /** Every id the PBX serves for the sync's period, read through the client. */
    Set<String> pbxIds() {
        Set<String> ids = new HashSet<>();
        client.historyCalls(br.com.jttelecom.console.pabx.HistoryQuery.between(
                        NOW.minus(Duration.ofDays(90)).atZone(PageFetcher.SAO_PAULO).toLocalDate(),
                        NOW.atZone(PageFetcher.SAO_PAULO).toLocalDate()))
                .forEach(c -> ids.add(c.externalCallId()));
        return ids;
    }
}
