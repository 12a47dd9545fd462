package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DeferredIndexes;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The ceiling of {@code sync_rec_per_s}: the sync's store work alone. The same 200,000 records
 * {@link SyncBench} syncs are fetched and mapped first and kept in memory; then only what the sync's
 * writer does with them is timed: each 1000-call page inserted with its cursor in one transaction
 * during a bulk load (the phone index set aside and built at the end), into a fresh H2 file. A sync
 * must also fetch and parse every page, on the same two cores, so it can never be faster than this.
 * Run three times (the JIT warms up); {@code store_only_rec_per_s} is the best, an upper bound.
 * Runs in the 1 GB heap of {@link StoreBench}: a heap bigger than the sync's only helps it.
 */
public final class StoreOnlyBench {

    private static final int PASSES = 3;

    private StoreOnlyBench() {
    }

    /** Alone, outside {@code bench/run store}: {@code java -Xmx1g -cp … StoreOnlyBench}. */
    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        List<List<Call>> pages = fetchedPages();
        double best = 0;
        for (int pass = 1; pass <= PASSES; pass++) {
            double perS = storeAll(pages);
            System.out.printf(Locale.ROOT, "# store only, pass %d: %.0f rec/s%n", pass, perS);
            best = Math.max(best, perS);
        }
        System.out.printf(Locale.ROOT, "store_only_rec_per_s %.0f rec/s%n", best);
    }

    /** The records of SyncBench's simulator, fetched and mapped as the sync's fetcher maps them. */
    private static List<List<Call>> fetchedPages() throws Exception {
        Instant now = StoreBench.END;
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(1L).clock(SimClock.manual(now))
                .build()) {
            sim.start(0);
            sim.seedHistory(SyncBench.RECORDS, now.minus(Duration.ofDays(85)), now.minus(Duration.ofHours(1)), 5L);
            PabxSettings settings = PabxSettings.of(sim.baseUrl(), "u", "t").withRequestsPerSecond(100_000);
            try (PabxClient client = new PabxClient(settings)) {
                ZoneId sp = ZoneId.of("America/Sao_Paulo");
                HistoryQuery q = HistoryQuery.between(now.minus(Duration.ofDays(90)).atZone(sp).toLocalDate(),
                        now.atZone(sp).toLocalDate()).withPageSize(1000);
                HistoryMapper mapper = client.historyMapper();
                List<List<Call>> pages = new ArrayList<>();
                Iterator<HistoryPage> it = client.historyPages(q);
                int n = 0;
                while (it.hasNext()) {
                    List<Call> page = new ArrayList<>();
                    for (HistoryRecord r : it.next().records()) {
                        page.add(mapper.toCall(r));
                    }
                    n += page.size();
                    pages.add(page);
                }
                if (n != SyncBench.RECORDS) {
                    throw new IllegalStateException("fetched " + n + " of " + SyncBench.RECORDS);
                }
                return pages;
            }
        }
    }

    /** The writer's part of a first sync: every page and its cursor per transaction, then the deferred index. */
    private static double storeAll(List<List<Call>> pages) throws Exception {
        Path dir = Files.createTempDirectory("store-only-bench");
        try (Database db = Database.openFolder(dir)) {
            CallRepository calls = new CallRepository(db.jdbi());
            SyncStateRepository state = new SyncStateRepository(db.jdbi());
            long t = System.nanoTime();
            long stored = 0;
            try (DeferredIndexes.Deferral ignored = new DeferredIndexes(db.jdbi())
                    .defer("calls", CallRepository.BULK_DEFERRED_INDEXES)) {
                for (int i = 0; i < pages.size(); i++) {
                    List<Call> page = pages.get(i);
                    String cursor = "bench-page-" + i;
                    stored += db.jdbi().inTransaction(h -> {
                        long n = calls.insertOrUpsertAll(page).inserted();
                        state.put("history", cursor);
                        return n;
                    });
                }
            }
            double perS = stored / ((System.nanoTime() - t) / 1e9);
            if (stored != SyncBench.RECORDS) {
                throw new IllegalStateException("stored " + stored + " of " + SyncBench.RECORDS);
            }
            return perS;
        } finally {
            StoreBench.deleteQuietly(dir.toFile());
        }
    }
}
