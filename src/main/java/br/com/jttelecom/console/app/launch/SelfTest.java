package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.config.AppConfig;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.logging.LogSetup;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import br.com.jttelecom.console.store.SettingsFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --self-test}: proves an installed console can run without opening a window. Builds the
 * whole runtime in demo mode on the embedded simulator, in a temporary data folder (so the
 * user's data is never touched), runs one connection check and reports.
 */
public final class SelfTest {

    static final long CHECK_TIMEOUT_SECONDS = 30;

    private SelfTest() {
    }

    public static int run(Messages messages, PrintStream out, PrintStream err) {
        Path dataDir = null;
        try {
            dataDir = Files.createTempDirectory("jt-console-self-test");
            // Logs go to the temporary folder too, never to the working directory or the user's data.
            LogSetup.useDataDir(dataDir);
            AppConfig config = new AppConfig(dataDir, messages.locale().getLanguage(), AppConfig.DEFAULT_BASE_URL,
                    null, null, true);
            try (ConsoleRuntime runtime = ConsoleRuntime.start(config, SettingsFile.open(dataDir), Clock.systemUTC())) {
                ConnectionStatus status = firstCheck(runtime).get(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (status.state() != ConnectionState.DEMO) {
                    err.println(messages.get("cli.selfTest.failed", status.problem().map(p -> p.in(messages)).orElse(status.state().name())));
                    return 1;
                }
                runtime.phoneNumbers().parse("+55 48 99123-4567");
            }
            out.println(messages.get("cli.selfTest.ok"));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(messages.get("cli.selfTest.failed", e.toString()));
            return 1;
        } catch (Exception e) {
            err.println(messages.get("cli.selfTest.failed", e.toString()));
            return 1;
        } finally {
            deleteQuietly(dataDir);
        }
    }

    /** The start-up check may already be running: then its result is the one to wait for. */
    private static CompletableFuture<ConnectionStatus> firstCheck(ConsoleRuntime runtime) {
        CompletableFuture<ConnectionStatus> done = new CompletableFuture<>();
        runtime.connectionMonitor().addListener(done::complete);
        runtime.connectionMonitor().checkNow().thenAccept(now -> {
            if (now.state() != ConnectionState.CHECKING) {
                done.complete(now);
            }
        });
        return done;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the report above is what matters.
        }
    }
}
