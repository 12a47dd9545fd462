package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SettingRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a durable commit costs: a person's save (one small row, one transaction) through the store's own
 * repository, on the console's database file (commits written before they return, {@code WRITE_DELAY=0})
 * and, for comparison, on the same settings with H2's default write delay (500 ms: a commit then waits for
 * the background writer). 3000 saves each after 500 to warm up. {@code bench/run commit}.
 */
public final class CommitBench {

    private static final int WARM = 500;
    private static final int SAVES = 3000;

    private CommitBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jt-commit-bench");
        try (Database durable = Database.openFolder(dir.resolve("durable"))) {
            print("commit_durable", saves(durable));
        }
        String delayed = "jdbc:h2:file:" + dir.resolve("delayed").resolve("jt-console").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        try (Database withDelay = Database.open(delayed, "sa", "")) {
            print("commit_delayed", saves(withDelay));
        }
        long bytes;
        try (var files = Files.walk(dir.resolve("durable"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "commit_durable_file_mb %.1f MB%n", bytes / 1048576.0);
    }

    private static long[] saves(Database db) {
        SettingRepository settings = new SettingRepository(db.jdbi());
        for (int i = 0; i < WARM; i++) {
            settings.put("warm." + i, "a note the person typed " + i);
        }
        long[] nanos = new long[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long began = System.nanoTime();
            settings.put("typed." + i, "a note the person typed " + i);
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String metric, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s_p50_ms %.2f ms%n", metric, sorted[sorted.length / 2] / 1e6);
        System.out.printf(Locale.ROOT, "%s_p95_ms %.2f ms%n", metric, sorted[sorted.length * 95 / 100] / 1e6);
    }
}
