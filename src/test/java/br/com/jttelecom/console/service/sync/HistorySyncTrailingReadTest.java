package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.CallOutcome;
import br.com.jttelecom.console.sim.HistoryBehaviour;
import br.com.jttelecom.console.sim.InjectedCall;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDR is written when its call ends, carrying the start in {@code data}: a call that began before the last
 * sync's watermark (minus its overlap) and outlasted every call seen so far comes in late. The incremental sync
 * alone — no reconciliation between — must still store it, through its trailing re-read.
 */
class HistorySyncTrailingReadTest {

    static final Instant NOW = Instant.parse("2026-11-18T19:30:00Z");

    @TempDir
    Path dataFolder;

    @Test
    void aLongCallWrittenWhenItEndsIsStoredByTheNextIncrementalSync() throws Exception {
        ManualClock clock = SimClock.manual(NOW);
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(16L).clock(clock)
                .behaviour(HistoryBehaviour.LATE_CDRS).build()) {
            sim.start(0);
            sim.seedDemoCompany(16L);
            try (PabxClient client = SyncTestSupport.clientOf(sim);
                 Database database = Database.openFolder(dataFolder);
                 HistorySync sync = new HistorySync(client, database,
                         SyncSettings.defaults().withPageSize(300), SyncTruth.following(clock))) {
                assertThat(sync.syncNow().get(60, TimeUnit.SECONDS).complete()).isTrue();
                // Started ten minutes before the first sync, talked for 55: longer than the seeded calls' 40 at most.
                String late = sim.addHistory(new InjectedCall(NOW.minus(Duration.ofMinutes(10)), false, "201",
                        "48991234567", CallOutcome.ANSWERED, 8, 55 * 60_000, false)).get(0);

                // Reconciliation runs once a day: only the five-minute syncs of the next hour read the history.
                for (int i = 0; i < 14; i++) {
                    clock.advance(Duration.ofMinutes(5));
                    assertThat(sync.syncNow().get(60, TimeUnit.SECONDS).complete()).isTrue();
                }

                assertThat(sim.historyTruth()).anyMatch(t -> t.chamadaId().equals(late)); // the PBX shows it by now
                long stored = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM calls WHERE external_call_id = :id").bind("id", late).mapTo(Long.class).one());
                assertThat(stored).as("the late CDR of a call that began before the watermark").isEqualTo(1);
            }
        }
    }
}
