package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.sync.SyncProgress;
import br.com.jttelecom.console.service.sync.SyncResult;
import br.com.jttelecom.console.service.sync.SyncSettings;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The history sync over a WAN: the simulator answers each request after 150 ms plus 0.2 ms per record
 * served (a 1000-record page ≈ 350 ms), 90 days of a 50-agent account (500,000 calls by default;
 * {@code BENCH_ARGS} may give another count), the client's default rate limit (5 requests a second) and
 * the sync's default 3 requests in flight.
 *
 * <ul>
 *   <li>{@code wan_today_visible_s}: from the first sync's start until the store holds every call of today;</li>
 *   <li>{@code wan_first_sync_s}, beside {@code wan_bound_s} (the pages the records need, 1000 a page, ÷ the
 *       requests a second allowed) and {@code wan_first_sync_ratio};</li>
 *   <li>{@code wan_incremental_sync_ms}: p95 of 12 five-minute syncs (with calls ending meanwhile);</li>
 *   <li>{@code wan_reconcile_requests}: the requests the 7-day reconciliation adds to a sync when nothing changed.</li>
 * </ul>
 */
public final class WanBench {

    static final Instant NOW = Instant.parse("2026-11-18T19:30:00Z"); // a weekday afternoon in São Paulo
    static final String HISTORY = "listar_historico_chamada";

    private WanBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        ManualClock clock = SimClock.manual(NOW);
        Path folder = Files.createTempDirectory("jt-wan-bench");
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(3L).clock(clock).build()) {
            sim.start(0);
            sim.seedHistory(records, NOW.minus(Duration.ofDays(90)), NOW.minus(Duration.ofMinutes(1)), 9L);
            ZoneId sp = ZoneId.of("America/Sao_Paulo");
            Instant todayStart = NOW.atZone(sp).toLocalDate().atStartOfDay(sp).toInstant();
            long today = sim.historyTruth().stream().filter(t -> !t.start().isBefore(todayStart)).count();
            sim.faults().wanLatency();
            PabxSettings settings = PabxSettings.of(sim.baseUrl(), "u", "t"); // the default 5 requests a second
            try (PabxClient client = new PabxClient(settings);
                 Database database = Database.openFolder(folder);
                 HistorySync sync = new HistorySync(client, database, SyncSettings.defaults(), following(clock))) {
                AtomicLong todayVisibleNanos = new AtomicLong(-1);
                long start = System.nanoTime();
                sync.addListener(new HistorySyncListener() {
                    @Override
                    public void progress(SyncProgress p) {
                        if (todayVisibleNanos.get() < 0 && storedSince(database, todayStart) >= today) {
                            todayVisibleNanos.set(System.nanoTime() - start);
                        }
                    }
                });
                SyncResult first = sync.syncNow().get(30, TimeUnit.MINUTES);
                double firstS = (System.nanoTime() - start) / 1e9;
                double bound = Math.ceil(records / 1000.0) / settings.requestsPerSecond();
                print("wan_today_visible_s", todayVisibleNanos.get() / 1e9, "s");
                print("wan_first_sync_s", firstS, "s");
                print("wan_bound_s", bound, "s");
                print("wan_first_sync_ratio", firstS / bound, "ratio");
                System.out.printf(Locale.ROOT, "# first sync: %d records, %d history requests, complete=%s%n",
                        first.fetched(), sim.requestCount(HISTORY), first.complete());

                List<Double> incremental = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    clock.advance(Duration.ofMinutes(5));
                    sim.seedHistory(60, clock.now().minus(Duration.ofMinutes(5)), clock.now().minus(Duration.ofSeconds(30)),
                            100L + i); // a 50-agent floor ends about a dozen calls a minute
                    long t = System.nanoTime();
                    sync.syncNow().get(5, TimeUnit.MINUTES);
                    incremental.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(incremental);
                print("wan_incremental_sync_ms", incremental.get((int) Math.ceil(0.95 * incremental.size()) - 1), "ms");

                long before = sim.requestCount(HISTORY);
                sync.syncNow().get(5, TimeUnit.MINUTES);
                long plain = sim.requestCount(HISTORY) - before;
                before = sim.requestCount(HISTORY);
                CompletableFuture<SyncResult> rec = sync.reconcileNow();
                SyncResult reconciled = rec.get(5, TimeUnit.MINUTES);
                long withReconcile = sim.requestCount(HISTORY) - before;
                print("wan_reconcile_requests", withReconcile - plain, "count");
                System.out.printf(Locale.ROOT, "# reconciliation: %d days compared, %d fetched again; %s%n",
                        reconciled.issues().reconciled(), reconciled.issues().refetched(), reconciled.issues().summary());
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long storedSince(Database database, Instant from) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls WHERE start_time >= :f")
                .bind("f", from).mapTo(Long.class).one());
    }

    private static void print(String metric, double value, String unit) {
        System.out.printf(Locale.ROOT, "%s %.2f %s%n", metric, value, unit);
    }

    private static Clock following(SimClock sim) {
        return new br.com.jttelecom.console.sim.FollowingClock(sim);
    }
}
