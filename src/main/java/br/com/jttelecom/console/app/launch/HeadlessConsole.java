package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.api.ApiServer;
import br.com.jttelecom.console.api.ApiSettings;
import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.wiring.ApiComposition;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.secrets.OsKeyring;
import br.com.jttelecom.console.store.SettingsFile;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --headless}: the runtime (services, history sync, call tracker) and the local API with no
 * window. Nothing here may touch JavaFX: a server has no toolkit, often not even the jars
 * ({@code HeadlessModeTest} runs it without them).
 */
public final class HeadlessConsole implements AutoCloseable {

    public final ConsoleRuntime runtime;
    final AdminServices admin;
    final ApiServer api;

    private HeadlessConsole(ConsoleRuntime runtime, AdminServices admin, ApiServer api) {
        this.runtime = runtime;
        this.admin = admin;
        this.api = api;
    }

    public static HeadlessConsole start(Map<String, String> env, LaunchOptions options, java.nio.file.Path defaultDataDir) {
        ConfigLoader loader = new ConfigLoader(env, defaultDataDir, OsKeyring::open);
        SettingsFile settings = SettingsFile.open(loader.dataDir(options));
        ConsoleRuntime runtime = ConsoleRuntime.start(loader.load(options, settings), settings, loader.vault(options),
                Clock.systemUTC());
        try {
            AdminServices admin = new AdminServices(runtime);
            // Headless exists to serve the API: on even when the setting is off.
            int port = ApiComposition.requestedPort(settings, options.apiPort()).orElse(ApiSettings.DEFAULT_PORT);
            ApiServer api = ApiComposition.start(runtime, admin, port);
            return new HeadlessConsole(runtime, admin, api);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /** Runs until the process is stopped (Ctrl+C, SIGTERM), closing everything on the way out. */
    public static int run(LaunchOptions options, java.nio.file.Path defaultDataDir, Messages messages, PrintStream out) {
        HeadlessConsole console = start(System.getenv(), options, defaultDataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            console.close();
            stopped.countDown();
        }));
        out.println(messages.get("cli.headless.ready", "http://" + console.api.boundAddress()));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public void close() {
        api.close();
        runtime.close();
    }
}
