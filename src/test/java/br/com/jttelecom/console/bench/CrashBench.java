package br.com.jttelecom.console.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/run crash}: the crash soak ({@link CrashSoak}) with 200 kills by default ({@code -Dcrash.kills=N}
 * or the first argument), seed {@code -Dcrash.seed} (20261207), a PBX of 25,000 calls (enough for the bulk
 * first sync, which sets an index aside), lives of 20 kills. Prints the six figures, then the kills by
 * phase and a {@code #} line for every kill that broke something, with its seeds; {@code -Dcrash.keep=true}
 * keeps the data folder and the children's logs.
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("crash.kills", 200);
        long seed = Long.getLong("crash.seed", 20261207L);
        int records = Integer.getInteger("crash.records", 25_000);
        CrashSoak.Settings settings = new CrashSoak.Settings(kills, records, 20, 4, 5, 600, seed);
        Path work = Files.createTempDirectory("jt-crash-bench");
        try {
            CrashReport report = new CrashSoak(settings, work, work.resolve("logs")).run();
            report.print(System.out);
        } finally {
            if (Boolean.getBoolean("crash.keep")) {
                System.out.println("# data folder and the children's logs kept in " + work);
            } else {
                CrashSoak.deleteTree(work);
            }
        }
    }
}
