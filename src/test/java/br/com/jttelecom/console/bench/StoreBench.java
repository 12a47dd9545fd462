package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.calls.PageCursor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The local store: the 200k-record sync (in a child JVM limited to 256 MB, see {@link SyncBench}),
 * then history pages and counts over 1,000,000 stored calls. Run through {@code bench/run store}.
 */
public final class StoreBench {

    static final int STORED = 1_000_000;
    static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    static final int USERS = 40;
    static final int TEAM = 5;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        runSyncInSmallHeap();
        StoreOnlyBench.run();
        Path dir = Files.createTempDirectory("store-bench");
        try (Database db = Database.openFolder(dir)) {
            CallRepository calls = new CallRepository(db.jdbi());
            fill(calls);
            CallFilter filter = CallFilter.all()
                    .between(END.minus(Duration.ofDays(30)), END)
                    .withStatuses(CallStatus.MISSED, CallStatus.BUSY)
                    .withDirections(Direction.INBOUND);
            PageCursor deep = null;
            for (int p = 0; p < 50; p++) {
                deep = calls.page(filter, deep, 100).next();
            }
            // Both pages warmed alike: measured cold, the deep page's first runs read its index and
            // rows from the file (EXPLAIN ANALYZE: "reads: 146" on the first run, none later) while
            // the first page was already hot, which alone made deep_page_p95_ms look slower.
            for (int i = 0; i < 200; i++) {
                calls.page(filter, null, 100);
                calls.page(filter, deep, 100);
                calls.count(filter);
            }
            // Interleaved, so a burst of load on the shared machine hits both figures alike.
            double[] first = new double[200];
            double[] deepMs = new double[200];
            for (int i = 0; i < first.length; i++) {
                long t = System.nanoTime();
                calls.page(filter, null, 100);
                first[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                CallPage page = calls.page(filter, deep, 100);
                deepMs[i] = (System.nanoTime() - t) / 1e6;
                if (page.calls().size() != 100) {
                    throw new IllegalStateException("page 51 is short: " + page.calls().size());
                }
            }
            Counted counted = count(calls, filter);
            System.out.printf(Locale.ROOT, "page_p95_ms %.2f ms%n", p95(first));
            System.out.printf(Locale.ROOT, "count_ms %.2f ms%n", counted.medianMs());
            System.out.printf(Locale.ROOT, "deep_page_p95_ms %.2f ms%n", p95(deepMs));
            System.out.printf(Locale.ROOT, "count_rows %d rows%n", counted.rows());
            List<Long> users = users(db);
            giveToAgents(db, users, filter.from());
            team(calls, filter.withUsers(java.util.Set.copyOf(users.subList(0, TEAM)), true));
        } finally {
            deleteQuietly(dir.toFile());
        }
    }

    /** The sync part in a child JVM with -Xmx256m: it printing its lines and ending well is the heap proof. */
    private static void runSyncInSmallHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:ActiveProcessorCount=2",
                "-cp", System.getProperty("java.class.path"), SyncBench.class.getName())
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (p.waitFor() == 0) {
            System.out.println("sync_heap_limit_mb 256 MB");
        } else {
            System.out.println("# the 200k sync failed within -Xmx256m (exit " + p.exitValue() + ")");
        }
    }

    /**
     * A supervisor's view of the same filter: a team of {@link #TEAM} of the {@link #USERS} agents plus the calls
     * of no user. The page reads in page order and checks the OR on each row; the count, one query per status and
     * direction, checks it on the rows of the composite index (see {@code store.CountSplit}).
     */
    private static void team(CallRepository calls, CallFilter filter) {
        for (int i = 0; i < 200; i++) { // warm-up
            calls.page(filter, null, 100);
            calls.count(filter);
        }
        double[] page = new double[200];
        for (int i = 0; i < page.length; i++) {
            long t = System.nanoTime();
            calls.page(filter, null, 100);
            page[i] = (System.nanoTime() - t) / 1e6;
        }
        Counted counted = count(calls, filter);
        System.out.printf(Locale.ROOT, "team_page_p95_ms %.2f ms%n", p95(page));
        System.out.printf(Locale.ROOT, "team_count_ms %.2f ms%n", counted.medianMs());
        System.out.printf(Locale.ROOT, "team_count_rows %d rows%n", counted.rows());
    }

    /** The console users the calls belong to: {@link #USERS} agents, the first {@link #TEAM} one supervisor's team. */
    private static List<Long> users(Database db) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int u = 0; u < USERS; u++) {
            String login = "agente" + u;
            ids.add(db.jdbi().withHandle(h -> h.createUpdate("""
                            INSERT INTO app_user (login, display_name, role, created_at, updated_at)
                            VALUES (:login, :login, 'AGENT', :now, :now)""")
                    .bind("login", login).bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        }
        return ids;
    }

    /**
     * Spreads the calls from {@code from} on over the agents, leaving one in four to no user (a queue call that
     * reached nobody). Done after the admin figures, which keep the data they were always measured on.
     */
    private static void giveToAgents(Database db, List<Long> users, Instant from) {
        long t = System.nanoTime();
        long first = users.get(0);
        if (users.get(users.size() - 1) != first + users.size() - 1) {
            throw new IllegalStateException("agent ids are not consecutive: " + users);
        }
        int given = db.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE calls SET user_id = :first + MOD(id, :users)
                        WHERE start_time >= :from AND MOD(id, 4) <> 3""")
                .bind("first", first).bind("users", users.size()).bind("from", from).execute());
        System.out.printf(Locale.ROOT, "# gave %d calls to %d agents in %.1f s%n", given, users.size(),
                (System.nanoTime() - t) / 1e9);
    }

    /** One million calls over 90 days, written in big batches through the repository. */
    private static void fill(CallRepository calls) {
        long t = System.nanoTime();
        CallStatus[] statuses = CallStatus.values();
        Direction[] directions = {Direction.INBOUND, Direction.OUTBOUND, Direction.INTERNAL};
        long span = Duration.ofDays(90).toSeconds();
        List<Call> batch = new ArrayList<>(5_000);
        for (int i = 0; i < STORED; i++) {
            Instant start = END.minusSeconds(span - (span * i / STORED));
            batch.add(new Call(null, null, null, null, "+55119" + (80000000 + i % 9_000_000), directions[i % 3],
                    Duration.ofSeconds(30 + i % 300), statuses[(i / 3) % statuses.length], start,
                    start.plusSeconds(30 + i % 300), null, "bench-" + i, null, String.valueOf(200 + i % 40),
                    "Operador " + (i % 40), Duration.ofSeconds(i % 20), Duration.ofSeconds(i % 280), null, 200,
                    null, null, null, null));
            if (batch.size() == 5_000) {
                calls.upsertAll(batch);
                batch.clear();
            }
        }
        System.out.printf(Locale.ROOT, "# filled %d calls in %.1f s%n", STORED, (System.nanoTime() - t) / 1e9);
    }

    static double p95(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.95) - 1];
    }

    /** The filter's total and the median of 20 timed counts of it. */
    private record Counted(long rows, double medianMs) {
    }

    private static Counted count(CallRepository calls, CallFilter filter) {
        double[] ms = new double[20];
        long rows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows = calls.count(filter);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Counted(rows, median(ms));
    }

    static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static void deleteQuietly(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteQuietly(c);
            }
        }
        f.delete();
    }
}
