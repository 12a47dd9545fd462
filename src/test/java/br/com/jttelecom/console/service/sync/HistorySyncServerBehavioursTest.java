package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.HistoryBehaviour;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sync against each way a real PBX may answer differently from our default simulator, and against
 * all of them at once: after a first sync and an hour of five-minute syncs, the store holds exactly the
 * PBX's truth, field by field (id, status, direction, E.164 number with the right DDD, start, talk,
 * wait, total, recording, extension).
 */
class HistorySyncServerBehavioursTest {

    /** A weekday afternoon in São Paulo: today already has calls. */
    static final Instant NOW = Instant.parse("2026-11-18T19:30:00Z");

    @TempDir
    Path dataFolder;

    private final List<AutoCloseable> open = new ArrayList<>();

    static Stream<Arguments> servers() {
        List<Arguments> out = new ArrayList<>();
        for (HistoryBehaviour b : HistoryBehaviour.withExactHistory()) {
            out.add(Arguments.of(b.name(), EnumSet.of(b)));
        }
        out.add(Arguments.of("all together", HistoryBehaviour.withExactHistory()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void theStoreHoldsExactlyThePbxsTruth(String name, Set<HistoryBehaviour> behaviours) throws Exception {
        ManualClock clock = SimClock.manual(NOW);
        PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(16L).clock(clock)
                .behaviour(behaviours.toArray(HistoryBehaviour[]::new)).build();
        open.add(sim);
        sim.start(0);
        sim.seedDemoCompany(16L); // 90 days of history on extensions of DDD 48 and of DDD 11, today's included
        PabxClient client = SyncTestSupport.clientOf(sim);
        open.add(client);
        Database database = Database.openFolder(dataFolder);
        open.add(database);
        // Pages of 300: the busiest windows are several pages long, so rows written while they are paged matter.
        HistorySync sync = new HistorySync(client, database, SyncSettings.defaults().withPageSize(300),
                SyncTruth.following(clock));
        open.add(sync);

        SyncResult first = sync.syncNow().get(60, TimeUnit.SECONDS);
        assertThat(first.complete()).isTrue();
        for (int i = 0; i < 12; i++) { // an hour of background syncs: calls that end meanwhile come in late
            clock.advance(Duration.ofMinutes(5));
            sync.syncNow().get(60, TimeUnit.SECONDS);
        }

        SyncTruth.assertStoreEquals(database, sim.historyTruth());
        assertThat(sync.status().degraded()).as("an exact sync is not reported degraded").isFalse();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }
}
