package br.com.jttelecom.console.app.launch;

import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * For {@code bench/run installer} and the installer's training run ({@code installer/train-aot.sh}):
 * prints {@code first-window <ms since JVM start>} once the first window was shown and its first
 * frame laid out, then {@code console-started <ms>} (or {@code console-failed <ms>}) when the
 * console behind it has started. Off unless {@code JTCONSOLE_STARTUP_PROBE=1} (or
 * {@code -Djtconsole.startupProbe=true}), so a normal start prints nothing.
 */
final class StartupProbe {

    static final String ENV = "JTCONSOLE_STARTUP_PROBE";
    static final String PROPERTY = "jtconsole.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled(Map<String, String> env) {
        return "1".equals(env.get(ENV)) || Boolean.getBoolean(PROPERTY);
    }

    /** Call on the JavaFX thread right after {@code stage.show()}: the next pulse has painted it. */
    static void afterShow(Map<String, String> env, PrintStream out, CompletableFuture<?> started) {
        if (!enabled(env)) {
            return;
        }
        Platform.runLater(() -> {
            print(out, "first-window");
            started.whenComplete((running, failure) -> print(out, failure == null ? "console-started" : "console-failed"));
        });
    }

    private static synchronized void print(PrintStream out, String event) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println(event + " " + ms);
        out.flush();
    }
}
