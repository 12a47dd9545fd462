package br.com.jttelecom.console.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One {@link CrashChild} JVM: started on the test classpath with a small heap, its {@code @} lines read on a
 * thread of their own (so the child never blocks on a full pipe) and handed out with bounded waits, then
 * killed with SIGKILL ({@link Process#destroyForcibly()}).
 */
final class ChildConsole implements AutoCloseable {

    /** What {@link #next} returns when the wait ran out or the child's output ended. */
    static final String NONE = "";

    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Everything else it printed (warnings, stack traces), the last lines only, for reports. */
    private final Deque<String> other = new ArrayDeque<>();
    private final List<String> all = new ArrayList<>();
    /** When each line of {@link #all} arrived, in milliseconds since the start. */
    private final List<Long> arrivals = new ArrayList<>();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile boolean ended;

    private ChildConsole(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("crash-child-out").start(this::drain);
    }

    /**
     * The console's 256 MB heap; the quick compiler only and the serial collector, as the child lives seconds
     * on a machine the soak shares (two cores): its start is what the soak mostly waits for.
     */
    static ChildConsole start(String phase, Path folder, long seed, Map<String, String> env, Path logDir)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djtconsole.testlogdir=" + logDir, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), phase, folder.toString(), Long.toString(seed))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        return new ChildConsole(builder.start());
    }

    private void drain() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("@")) {
                    lines.add(line);
                    synchronized (all) {
                        all.add(line);
                        arrivals.add(ageMillis());
                    }
                } else {
                    synchronized (other) {
                        other.addLast(line);
                        if (other.size() > 40) {
                            other.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException killed) {
            // the pipe closes when the child dies
        } finally {
            ended = true;
            lines.add(NONE);
            drained.countDown();
        }
    }

    /** The next {@code @} line within {@code wait}, or {@link #NONE} when the wait ran out or the child ended. */
    String next(Duration wait) throws InterruptedException {
        if (ended && lines.isEmpty()) {
            return NONE;
        }
        String line = lines.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (line == null || line.equals(NONE)) {
            if (line != null) {
                lines.add(NONE); // later calls see the end too
            }
            return NONE;
        }
        return line;
    }

    /** Reads lines until one matches, within {@code wait} in all; {@link #NONE} when none did. */
    String until(Predicate<String> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return NONE;
            }
            String line = next(Duration.ofNanos(left));
            if (line.equals(NONE) || wanted.test(line)) {
                return line;
            }
        }
    }

    /** Reads nothing for {@code millis} (the random offset of a kill inside its phase); the lines stay readable. */
    void quietFor(long millis) throws InterruptedException {
        if (millis > 0) {
            drained.await(millis, TimeUnit.MILLISECONDS);
        }
    }

    /** After the kill: waits (bounded) until everything the child printed has been read. */
    void awaitOutput() throws InterruptedException {
        if (!drained.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a dead child's output did not end within 30 s");
        }
    }

    /** When the first line starting with {@code prefix} arrived (ms since the start). */
    Optional<Long> firstAt(String prefix) {
        return firstAt(l -> l.startsWith(prefix));
    }

    Optional<Long> firstAt(Predicate<String> wanted) {
        synchronized (all) {
            for (int i = 0; i < all.size(); i++) {
                if (wanted.test(all.get(i))) {
                    return Optional.of(arrivals.get(i));
                }
            }
        }
        return Optional.empty();
    }

    long ageMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits (bounded) for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a child console did not die within 60 s of SIGKILL");
        }
    }

    /** Waits for the child to exit by itself; false when it did not within {@code wait}. */
    boolean exited(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Every {@code @} line read so far, including those not yet taken with {@link #next}. */
    List<String> lines() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The last lines it printed that were not for the parent (warnings, stack traces). */
    List<String> otherOutput() {
        synchronized (other) {
            return List.copyOf(other);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
