package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.config.AppVersion;
import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.DataFolders;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.demo.StandaloneSimulator;
import br.com.jttelecom.console.app.launch.BackupRestoreCommand;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.HandoverInbox;
import br.com.jttelecom.console.app.launch.HeadlessConsole;
import br.com.jttelecom.console.app.launch.JtConsoleApp;
import br.com.jttelecom.console.app.launch.MacLinkEvents;
import br.com.jttelecom.console.app.launch.SelfTest;
import br.com.jttelecom.console.app.launch.SingleInstance;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.logging.LogSetup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Entry point. Reads the flags, answers {@code --help}/{@code --version} without opening a
 * window, points the log file at the data folder, hands a second launch over to the console
 * already running (see {@link SingleInstance}), then opens the console.
 *
 * <p>It does not extend {@link Application} on purpose: a plain main class lets JavaFX start
 * from the class path as well as from the module path.
 */
public final class Main {

    /** Exit code for a command line the console cannot follow. */
    public static final int EXIT_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /**
     * Handles everything that needs no window.
     *
     * @return the exit code, or -1 when the window was opened and closed normally
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(Messages.portuguese());
        LaunchOptions options;
        try {
            options = cli.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.println(cli.usage());
            return EXIT_USAGE;
        }
        Messages messages = Messages.forLanguage(options.lang().orElse("pt"));
        if (options.help()) {
            out.println(new CommandLine(messages).usage());
            return 0;
        }
        if (options.version()) {
            out.println(messages.get("cli.version", AppVersion.current()));
            return 0;
        }
        if (options.selfTest()) {
            return SelfTest.run(messages, out, err);
        }
        Path dataDir = new ConfigLoader(System.getenv(), DataFolders.defaultDataDir()).dataDir(options);
        LogSetup.useDataDir(dataDir);
        DataFolders.keepPrivate(dataDir);
        if (options.restoreBackup().isPresent()) {
            return BackupRestoreCommand.run(dataDir, options.restoreBackup().get(), messages, out, err);
        }
        if (options.simPort().isPresent()) {
            return StandaloneSimulator.run(options, out);
        }
        if (options.headless()) {
            return HeadlessConsole.run(options, DataFolders.defaultDataDir(), messages, out);
        }
        SingleInstance socket;
        try {
            Optional<SingleInstance> primary = SingleInstance.claim(dataDir, new SingleInstance.Handover(options.dial()));
            if (primary.isEmpty()) {
                out.println(messages.get("cli.handedOver"));
                return 0;
            }
            socket = primary.get();
        } catch (IOException | RuntimeException e) {
            // Never block a start: without the socket, a second launch just opens a second window.
            err.println(messages.get("cli.singleInstance.unavailable", e.getMessage()));
            socket = null;
        }
        HandoverInbox inbox = socket == null ? new HandoverInbox() : socket.inbox();
        // Before JavaFX starts (see MacLinkEvents); does nothing off macOS.
        MacLinkEvents.install(System.getProperty("os.name", ""), inbox);
        JtConsoleApp.launchWith(socket, inbox, options, args);
        return -1;
    }
}
