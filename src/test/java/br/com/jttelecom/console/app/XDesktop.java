package br.com.jttelecom.console.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A desktop as people have it: a real X server (Xvfb) at a call centre's 1366 × 768 with a real window manager
 * (openbox) on it. {@code .ci/run} installs the tools and sets {@value #REQUIRED}: there a missing tool fails the
 * test; on a developer's machine without them the test is skipped.
 */
final class XDesktop implements AutoCloseable {

    static final String REQUIRED = "JT_REAL_WINDOW_TESTS";
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    private final String display;
    private final Path logs;
    /** Started processes, stopped last-first. */
    private final Deque<Process> started = new ArrayDeque<>();

    private XDesktop(String display, Path logs) {
        this.display = display;
        this.logs = logs;
    }

    /** Skips (or, where {@value #REQUIRED} is set, fails) when Xvfb, openbox or xdotool is missing. */
    static void assumeTools() {
        boolean tools = Stream.of("Xvfb", "openbox", "xdotool").allMatch(XDesktop::onPath);
        if ("1".equals(System.getenv(REQUIRED))) {
            assertThat(tools).as("Xvfb, openbox and xdotool are installed (.ci/run installs them)").isTrue();
        }
        assumeTrue(tools, "needs Xvfb, openbox and xdotool");
    }

    /** Xvfb and openbox on {@code display} (":87"), once the window manager runs; the tools' output in {@code logs}. */
    static XDesktop start(String display, Path logs) throws IOException {
        XDesktop desktop = new XDesktop(display, logs);
        try {
            desktop.launch(List.of("Xvfb", display, "-screen", "0", WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp"), Map.of());
            Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
            await("the X server " + display).atMost(Duration.ofSeconds(30)).until(() -> Files.exists(socket));
            desktop.launch(List.of("openbox"), Map.of("DISPLAY", display));
            await("openbox on " + display).atMost(Duration.ofSeconds(30))
                    .until(() -> !desktop.xdotool("search", "--class", "openbox").isBlank());
            return desktop;
        } catch (IOException | RuntimeException e) {
            desktop.close();
            throw e;
        }
    }

    /** The tools on a desktop someone else started (and stops). */
    static XDesktop attached(String display) {
        return new XDesktop(display, null);
    }

    /** A display no X server holds now, between :90 and :189. */
    static String freeDisplay() {
        for (int n = 90; n < 190; n++) {
            if (free(":" + n)) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("no free X display between :90 and :189");
    }

    static boolean free(String display) {
        String n = display.substring(1);
        return !Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"));
    }

    String display() {
        return display;
    }

    /** A program on this desktop, stopped when the desktop is. */
    Process launch(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(new File(command.get(0)).getName() + "-" + started.size() + ".out").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        started.push(p);
        return p;
    }

    /** The ids of the windows {@code xdotool search} finds with these options; empty when none. */
    List<String> windows(String... search) {
        String out = xdotool(Stream.concat(Stream.of("search"), Stream.of(search)).toArray(String[]::new));
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A window's {width, height}, empty when it went away meanwhile. */
    Optional<int[]> size(String id) {
        Map<String, String> values = new java.util.HashMap<>();
        xdotool("getwindowgeometry", "--shell", id).lines().filter(l -> l.contains("="))
                .forEach(l -> values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        if (!values.containsKey("WIDTH") || !values.containsKey("HEIGHT")) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(values.get("WIDTH")), Integer.parseInt(values.get("HEIGHT"))});
    }

    /**
     * One xdotool call on this display, its output, "" when it failed. Bounded: seen in a CI run, a call made while a
     * window was being mapped never returned, and a read of its output that waits for the end would wait with it.
     */
    String xdotool(String... args) {
        try {
            Path out = Files.createTempFile("xdotool", ".out");
            try {
                ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("xdotool"), Stream.of(args)).toList())
                        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("DISPLAY", display);
                Process p = pb.start();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                    return "";
                }
                return p.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : "";
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Stops the desktop once this JVM has ended instead of at {@link #close()}: GTK ends the process that draws on
     * an X server that goes away, so one the JVM's own JavaFX draws on must outlive it. {@code tail --pid} waits
     * for the JVM without polling it from here.
     */
    void stopAfterThisJvm() throws IOException {
        String pids = started.stream().map(p -> String.valueOf(p.pid())).collect(java.util.stream.Collectors.joining(" "));
        new ProcessBuilder("sh", "-c", "tail --pid=" + ProcessHandle.current().pid() + " -f /dev/null; kill " + pids)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.clear();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            Process p = started.pop();
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
