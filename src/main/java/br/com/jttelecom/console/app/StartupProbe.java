package br.com.jttelecom.console.app;

import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * For {@code bench/run installer}: prints {@code first-window <ms since JVM start>} once the main
 * window was shown and its first frame laid out. Off unless {@code JTCONSOLE_STARTUP_PROBE=1} (or
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
    static void afterShow(Map<String, String> env, PrintStream out) {
        if (!enabled(env)) {
            return;
        }
        Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first-window " + ms);
            out.flush();
        });
    }
}
