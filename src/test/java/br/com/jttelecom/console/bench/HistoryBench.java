package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SettingRepository;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.jdbi.v3.core.Handle;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The CSV export of 1,000,000 stored calls: fills an H2 file with batched JDBC inserts, then exports
 * every row. Prints {@code export_1m_rows_s} and {@code export_peak_heap_mb}, the largest heap still
 * in use after any garbage collection during the export (the live set: what the export holds, not
 * the garbage it churns). Run through {@code bench/run history}; {@code BENCH_ARGS=<rows>} for fewer.
 */
public final class HistoryBench {

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("jt-history-bench");
        try (Database db = Database.openFolder(folder)) {
            long t0 = System.nanoTime();
            fill(db, rows);
            System.out.printf(Locale.ROOT, "# inserted %d calls in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);

            CallRepository calls = new CallRepository(db.jdbi());
            CallHistory history = new CallHistory(calls, new CallEventRepository(db.jdbi()),
                    new SettingRepository(db.jdbi()), new br.com.jttelecom.console.store.LeadLookup(db.jdbi()), Clock.systemUTC(), ZoneId.of("America/Sao_Paulo"));
            HistoryExport export = new HistoryExport(calls, history, Messages.portuguese(),
                    AuditTrail.on(db.jdbi(), new Session(), Clock.systemUTC()));
            Path target = folder.resolve("historico.csv");

            System.gc();
            AtomicLong peakAfterGc = watchLiveHeap();
            long before = usedHeap();
            long start = System.nanoTime();
            long written = export.export(CallFilter.all(), target, (w, t) -> { }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = Math.max(peakAfterGc.get(), before);
            if (written != rows) {
                throw new IllegalStateException("exported " + written + " of " + rows);
            }
            System.out.printf(Locale.ROOT, "export_1m_rows_s %.1f s%n", seconds * 1_000_000 / rows);
            System.out.printf(Locale.ROOT, "export_peak_heap_mb %.1f MB%n", peak / 1048576.0);
            System.out.printf(Locale.ROOT, "# heap in use before the export %.1f MB; file %d MB, %d rows%n",
                    before / 1048576.0, Files.size(target) / 1048576, written);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Batched raw JDBC: the repository's per-row merge logic is not what this measures. */
    private static void fill(Database db, int rows) throws Exception {
        String[] statuses = {"completed", "completed", "completed", "missed", "busy", "failed"};
        String[] directions = {"outbound", "inbound", "outbound", "internal"};
        String[] operators = {"Ana Souza", "João Pereira", "Márcia Conceição", "Luís Araújo"};
        Instant end = Instant.parse("2026-11-28T21:00:00Z");
        long spanSeconds = 90L * 24 * 3600;
        try (Handle h = db.jdbi().open()) {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO calls (phone_number, direction, duration_s, status, start_time, end_time,
                        recording_url, external_call_id, notes, extension, operator, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (int i = 0; i < rows; i++) {
                    int duration = (i * 37) % 600;
                    OffsetDateTime startTime = OffsetDateTime.ofInstant(end.minusSeconds((long) i * spanSeconds / rows),
                            ZoneOffset.UTC);
                    ps.setString(1, "+55489" + String.format("%08d", i % 100_000_000));
                    ps.setString(2, directions[i % directions.length]);
                    ps.setInt(3, duration);
                    ps.setString(4, statuses[i % statuses.length]);
                    ps.setObject(5, startTime);
                    ps.setObject(6, startTime.plusSeconds(duration));
                    ps.setString(7, i % 3 == 0 ? "https://pabx.example/suite/gravacoes/" + i + ".wav" : null);
                    ps.setString(8, "bench-" + i);
                    ps.setString(9, i % 5 == 0 ? "cliente pediu retorno; falar com \"Sr. José\"" : null);
                    ps.setString(10, String.valueOf(200 + i % 40));
                    ps.setString(11, operators[i % operators.length]);
                    ps.setObject(12, startTime);
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Records, after every collection, the heap still in use (summed over the heap pools). */
    private static AtomicLong watchLiveHeap() {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                && !e.getKey().contains("Compressed"))
                        .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return peak;
    }
}
