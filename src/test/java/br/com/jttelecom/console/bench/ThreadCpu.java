package br.com.jttelecom.console.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds of this JVM's threads by kind, read from Linux's /proc/self/task (native threads
 * included: the garbage collector and the JIT compilers are not Java threads, and on a 256 MB heap
 * they take a real share). Empty where /proc is missing.
 */
final class ThreadCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<Long, Long> ticksByThread;
    private final Map<Long, String> kindByThread;

    private ThreadCpu(Map<Long, Long> ticks, Map<Long, String> kinds) {
        this.ticksByThread = ticks;
        this.kindByThread = kinds;
    }

    static ThreadCpu snapshot() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime + stime
                    kinds.put(tid, kind(name));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we read it
                }
            }
        } catch (IOException noProc) {
            // not Linux: nothing to report
        }
        return new ThreadCpu(ticks, kinds);
    }

    /** CPU seconds by kind since {@code before} (threads that ended in between are not counted). */
    String since(ThreadCpu before) {
        Map<String, Double> byKind = new TreeMap<>();
        ticksByThread.forEach((tid, t) -> byKind.merge(kindByThread.get(tid),
                (t - before.ticksByThread.getOrDefault(tid, 0L)) / TICKS_PER_SECOND, Double::sum));
        StringBuilder b = new StringBuilder();
        byKind.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(String.format(Locale.ROOT, "%s %.1f, ", e.getKey(), e.getValue())));
        return b.length() == 0 ? "(no /proc)" : b.substring(0, b.length() - 2);
    }

    private static String kind(String name) {
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "gc";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("HTTP-Dispatcher") || name.startsWith("ForkJoinPool")) {
            return "simulator"; // the JDK HTTP server and the virtual threads it serves on
        }
        if (name.startsWith("H2") || name.startsWith("MVStore")) {
            return "h2-background";
        }
        return name;
    }
}
