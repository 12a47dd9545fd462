package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.sync.SyncProgress;
import br.com.jttelecom.console.service.sync.SyncResult;
import br.com.jttelecom.console.service.sync.SyncSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * 200,000 history records from the embedded simulator: first fetched and parsed only
 * ({@code fetch_parse_rec_per_s}, after one warm-up pass), then synced into a fresh H2 file end to
 * end, twice: {@code sync_rec_per_s} is the first sync of this JVM (the JIT still compiling the
 * store's code, as on a new install), {@code sync_warm_rec_per_s} a second one into another fresh
 * file (warm, as the fetch figure is). Started by {@link StoreBench} in a JVM with -Xmx256m.
 */
public final class SyncBench {

    static final int RECORDS = 200_000;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = StoreBench.END;
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(1L).clock(SimClock.manual(now))
                .build()) {
            sim.start(0);
            sim.seedHistory(RECORDS, now.minus(Duration.ofDays(85)), now.minus(Duration.ofHours(1)), 5L);
            PabxSettings settings = PabxSettings.of(sim.baseUrl(), "u", "t").withRequestsPerSecond(100_000);
            try (PabxClient client = new PabxClient(settings)) {
                ZoneId sp = ZoneId.of("America/Sao_Paulo");
                HistoryQuery q = HistoryQuery.between(now.minus(Duration.ofDays(90)).atZone(sp).toLocalDate(),
                        now.atZone(sp).toLocalDate()).withPageSize(1000);
                fetchParse(client, q); // warm-up of the client, the simulator and the JIT
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                long n = fetchParse(client, q);
                double fetchPerS = n / ((System.nanoTime() - t) / 1e9);
                // Per CPU-second of the JVM, the simulator's answers included: what fetching costs the two cores.
                double fetchPerCpuS = n / ((os.getProcessCpuTime() - cpu) / 1e9);

                syncIntoFreshFile(client, now, "sync");
                syncIntoFreshFile(client, now, "sync_warm");
                System.out.printf(Locale.ROOT, "fetch_parse_rec_per_s %.0f rec/s%n", fetchPerS);
                System.out.printf(Locale.ROOT, "fetch_parse_cpu_rec_per_s %.0f rec/s%n", fetchPerCpuS);
                System.out.printf(Locale.ROOT, "# max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            }
        }
    }

    /** One full first sync into a new data folder, with the CPU it took by thread kind. */
    private static void syncIntoFreshFile(PabxClient client, Instant now, String metric) throws Exception {
        Path dir = Files.createTempDirectory("sync-bench");
        try (Database db = Database.openFolder(dir);
             HistorySync sync = new HistorySync(client, db, SyncSettings.defaults(), Clock.fixed(now, ZoneOffset.UTC))) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadCpu[] lastPage = new ThreadCpu[1];
            sync.addListener(new HistorySyncListener() {
                @Override
                public void progress(SyncProgress p) {
                    if (p.done() >= RECORDS) {
                        lastPage[0] = ThreadCpu.snapshot(); // every page stored; what follows is the index build
                    }
                }
            });
            long cpu0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            ThreadCpu threads0 = ThreadCpu.snapshot();
            SyncResult r = sync.syncNow().get(10, TimeUnit.MINUTES);
            ThreadCpu threads1 = ThreadCpu.snapshot();
            double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
            long gcMs = gcMillis() - gc0;
            if (r.inserted() != RECORDS) {
                throw new IllegalStateException("synced " + r.inserted() + " of " + RECORDS);
            }
            // The machine is shared: say how much CPU the run actually got, so a starved run reads as one.
            System.out.printf(Locale.ROOT, "# %s: %.1f s wall, %.1f s CPU of this JVM (simulator included), "
                    + "load average %.1f on %d cores, GC %d ms%n", metric, r.elapsed().toNanos() / 1e9, cpuS,
                    os.getSystemLoadAverage(), os.getAvailableProcessors(), gcMs);
            if (lastPage[0] != null) {
                // The fetch thread has ended by the last page, so its share is missing from these lines.
                System.out.println("#   CPU s by thread while storing the pages: " + lastPage[0].since(threads0));
                System.out.println("#   CPU s by thread after the last page: " + threads1.since(lastPage[0]));
            }
            System.out.printf(Locale.ROOT, "%s_rec_per_s %.0f rec/s%n", metric, r.recordsPerSecond());
            // Records per CPU second of the whole JVM (simulator, GC and JIT included): steadier under load.
            System.out.printf(Locale.ROOT, "%s_cpu_rec_per_s %.0f rec/s%n", metric, r.inserted() / cpuS);
        } finally {
            StoreBench.deleteQuietly(dir.toFile());
        }
    }

    /** Collection time so far (pauses and concurrent cycles): a 256 MB heap makes the collector work. */
    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static long fetchParse(PabxClient client, HistoryQuery q) {
        HistoryMapper mapper = client.historyMapper();
        long n = 0;
        Iterator<HistoryPage> pages = client.historyPages(q);
        while (pages.hasNext()) {
            for (HistoryRecord r : pages.next().records()) {
                Call c = mapper.toCall(r);
                n += c.status() != null ? 1 : 0;
            }
        }
        if (n != RECORDS) {
            throw new IllegalStateException("fetched " + n + " of " + RECORDS);
        }
        return n;
    }
}
