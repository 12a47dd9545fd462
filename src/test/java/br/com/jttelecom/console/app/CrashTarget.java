package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.HeadlessConsole;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.i18n.Messages;
import java.nio.file.Path;
import java.util.Map;

/**
 * The headless console exactly as {@code --headless} starts it (runtime, security, local API on a free
 * loopback port), opened from outside this package for the crash soak's child. The PBX comes from the
 * environment given, as an installed console reads it.
 */
public final class CrashTarget implements AutoCloseable {

    private final HeadlessConsole console;

    private CrashTarget(HeadlessConsole console) {
        this.console = console;
    }

    public static CrashTarget start(Path dataDir, Map<String, String> env) throws UsageException {
        LaunchOptions options = new CommandLine(Messages.portuguese())
                .parse("--headless", "--data-dir", dataDir.toString(), "--api-port", "0");
        return new CrashTarget(HeadlessConsole.start(env, options, dataDir));
    }

    public ConsoleRuntime runtime() {
        return console.runtime;
    }

    /** A backup of the database now, as the daily one and the one at exit take it. */
    public void backUp() {
        console.runtime.backUp();
    }

    @Override
    public void close() {
        console.close();
    }
}
