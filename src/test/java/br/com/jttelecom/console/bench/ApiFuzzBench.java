package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.app.ApiFuzz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code bench/run apifuzz}: the seeded fuzz of the local API at length — odd methods, hosts, origins,
 * tokens, content types, framings and bodies over every route of a demo console. Prints how many
 * requests went, how many answered 500 and how many hung (no answer in 10 s); the first offenders go
 * to stderr. BENCH_ARGS: the number of requests (default 3000) and the seed (default 18).
 */
public final class ApiFuzzBench {

    private ApiFuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 18L;
        Path dataDir = Files.createTempDirectory("jt-apifuzz");
        ApiFuzz.Result r;
        try (ApiFuzz fuzz = new ApiFuzz(dataDir, Duration.ofSeconds(10))) {
            r = fuzz.run(requests, seed);
        } finally {
            try (var files = Files.walk(dataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.out.printf(Locale.ROOT, "apifuzz_requests %d count%n", r.requests());
        System.out.printf(Locale.ROOT, "apifuzz_500s %d count%n", r.serverErrors());
        System.out.printf(Locale.ROOT, "apifuzz_hangs %d count%n", r.hangs());
        System.out.printf(Locale.ROOT, "apifuzz_not_json %d count%n", r.notJson());
        r.examples().forEach(e -> System.err.println("# " + e));
    }
}
