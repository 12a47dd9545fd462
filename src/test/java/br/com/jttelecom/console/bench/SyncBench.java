package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.service.HistorySync;
import br.com.jttelecom.console.service.SyncResult;
import br.com.jttelecom.console.service.SyncSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
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
 * ({@code fetch_parse_rec_per_s}), then synced into a fresh H2 file end to end ({@code sync_rec_per_s}).
 * Started by {@link StoreBench} in a JVM with -Xmx256m.
 */
public final class SyncBench {

    static final int RECORDS = 200_000;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = StoreBench.END;
        Path dir = Files.createTempDirectory("sync-bench");
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
                long t = System.nanoTime();
                long n = fetchParse(client, q);
                double fetchPerS = n / ((System.nanoTime() - t) / 1e9);

                try (Database db = Database.openFolder(dir);
                     HistorySync sync = new HistorySync(client, db, SyncSettings.defaults(),
                             Clock.fixed(now, ZoneOffset.UTC))) {
                    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                    long cpu0 = os.getProcessCpuTime();
                    SyncResult r = sync.syncNow().get(10, TimeUnit.MINUTES);
                    double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
                    // The machine is shared: say how much CPU the run actually got, so a starved run reads as one.
                    System.out.printf(Locale.ROOT, "# sync: %.1f s wall, %.1f s CPU of this JVM (simulator included), "
                            + "load average %.1f on %d cores%n", r.elapsed().toNanos() / 1e9, cpuS,
                            os.getSystemLoadAverage(), os.getAvailableProcessors());
                    if (r.inserted() != RECORDS) {
                        throw new IllegalStateException("synced " + r.inserted() + " of " + RECORDS);
                    }
                    System.out.printf(Locale.ROOT, "sync_rec_per_s %.0f rec/s%n", r.recordsPerSecond());
                    // Records per CPU second of the whole JVM (simulator included): steady under load.
                    System.out.printf(Locale.ROOT, "sync_cpu_rec_per_s %.0f rec/s%n", r.inserted() / cpuS);
                }
                System.out.printf(Locale.ROOT, "fetch_parse_rec_per_s %.0f rec/s%n", fetchPerS);
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "# max heap %d MB%n", rt.maxMemory() / (1024 * 1024));
            }
        } finally {
            StoreBench.deleteQuietly(dir.toFile());
        }
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
