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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated PBX histories and server behaviours (the simulator's options in any combination, random
 * page sizes, calls whose records appear only when they end, rows written while a window is paged):
 * after the first sync, an hour of syncs and a reconciliation, the store equals the PBX's truth field
 * by field.
 */
class HistorySyncPropertiesTest {

    static final Instant NOW = Instant.parse("2026-11-18T19:30:00Z");

    @Property(tries = 12, seed = "20261206")
    void afterSyncAndReconciliationTheStoreIsThePbxsTruth(@ForAll("histories") List<InjectedCall> history,
                                                          @ForAll Set<HistoryBehaviour> behaviours,
                                                          @ForAll @IntRange(min = 20, max = 1000) int pageSize)
            throws Exception {
        ManualClock clock = SimClock.manual(NOW);
        Path folder = Files.createTempDirectory("jt-sync-property");
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(pageSize).clock(clock)
                .behaviour(behaviours.toArray(HistoryBehaviour[]::new)).build()) {
            sim.start(0);
            sim.addHistory(history);
            try (PabxClient client = SyncTestSupport.clientOf(sim);
                 Database database = Database.openFolder(folder);
                 HistorySync sync = new HistorySync(client, database,
                         SyncSettings.defaults().withFirstWindow(Duration.ofDays(12)).withPageSize(pageSize),
                         SyncTruth.following(clock))) {
                assertThat(sync.syncNow().get(60, TimeUnit.SECONDS).complete()).isTrue();
                for (int i = 0; i < 4; i++) { // long calls end meanwhile, their records appear behind the watermark
                    clock.advance(Duration.ofMinutes(15));
                    sync.syncNow().get(60, TimeUnit.SECONDS);
                }
                sync.reconcileNow().get(60, TimeUnit.SECONDS);

                SyncTruth.assertStoreEquals(database, sim.historyTruth());
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<InjectedCall>> histories() {
        return call().list().ofMinSize(0).ofMaxSize(1_500);
    }

    private Arbitrary<InjectedCall> call() {
        Arbitrary<Instant> start = Arbitraries.longs().between(0, Duration.ofDays(10).toSeconds())
                .map(back -> NOW.minusSeconds(back));
        Arbitrary<Boolean> inbound = Arbitraries.of(true, false);
        Arbitrary<String> extension = Arbitraries.of("201", "202", "203", "204");
        Arbitrary<String> number = Combinators.combine(Arbitraries.of("48", "11", "21", "47"),
                Arbitraries.strings().numeric().ofLength(8), Arbitraries.of(true, false))
                .as((ddd, digits, mobile) -> ddd + (mobile ? "9" + digits : "3" + digits.substring(1))); // 9 + 8, or 3 + 7
        Arbitrary<CallOutcome> outcome = Arbitraries.of(CallOutcome.ANSWERED, CallOutcome.ANSWERED,
                CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.FAILED, CallOutcome.ABANDONED);
        Arbitrary<Integer> wait = Arbitraries.integers().between(0, 90);
        // Mostly short calls, some long ones (up to 50 minutes): their records appear long after they began.
        Arbitrary<Integer> talk = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(1, 600_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(600_000, 3_000_000)));
        return Combinators.combine(start, inbound, extension, number, outcome, wait, talk, Arbitraries.of(true, false))
                .as((s, in, ext, num, out, w, t, rec) -> {
                    boolean inboundCall = in || out == CallOutcome.ABANDONED;
                    boolean answered = out == CallOutcome.ANSWERED;
                    return new InjectedCall(s, inboundCall, out == CallOutcome.ABANDONED ? null : ext, num, out, w,
                            answered ? t : 0, answered && rec);
                });
    }
}
