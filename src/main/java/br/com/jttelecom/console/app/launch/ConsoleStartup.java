package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.api.ApiServer;
import br.com.jttelecom.console.app.config.AppConfig;
import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.DataFolders;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.wiring.ApiComposition;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.store.secrets.OsKeyring;
import br.com.jttelecom.console.store.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the console in two parts so that its window shows at once. What the login window needs
 * (language, theme) is read from the data folder here, in milliseconds; the database with its
 * migrations, the demo simulator and its seeded leads, the accounts (password hashing), the
 * history sync and the local API start on their own thread behind that window, and
 * {@link #started()} completes when they are ready (or fails with the reason they are not).
 */
final class ConsoleStartup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStartup.class);

    /** The running console, once started. */
    record Started(ConsoleRuntime runtime, AdminServices admin, Optional<ApiServer> api) implements AutoCloseable {
        @Override
        public void close() {
            runtime.pendingDial().listen(null);
            api.ifPresent(ApiServer::close);
            runtime.close();
        }
    }

    private final Messages messages;
    private final Theme theme;
    private final ExecutorService loginTasks = Executors.newVirtualThreadPerTaskExecutor();
    private final CompletableFuture<Started> started = new CompletableFuture<>();

    private ConsoleStartup(Messages messages, Theme theme) {
        this.messages = messages;
        this.theme = theme;
    }

    /** Reads what the window needs now and starts the rest on a thread of its own. */
    static ConsoleStartup begin(Map<String, String> env, LaunchOptions options) {
        ConfigLoader loader = new ConfigLoader(env, DataFolders.defaultDataDir(), OsKeyring::open);
        SettingsFile settings = SettingsFile.open(loader.dataDir(options));
        ConsoleStartup startup = new ConsoleStartup(Messages.forLanguage(loader.language(options, settings)),
                new Preferences(settings).theme());
        // The OS keyring (D-Bus, a fraction of a second) is asked behind the window, with the rest.
        Thread.ofPlatform().name("jt-runtime-start").start(() -> startup.run(loader, settings, options));
        return startup;
    }

    private void run(ConfigLoader loader, SettingsFile settings, LaunchOptions options) {
        ConsoleRuntime runtime = null;
        try {
            AppConfig config = loader.load(options, settings);
            runtime = ConsoleRuntime.start(config, settings, loader.vault(options), Clock.systemUTC());
            AdminServices admin = new AdminServices(runtime);
            Optional<ApiServer> api = ApiComposition.startIfRequested(runtime, admin, options);
            started.complete(new Started(runtime, admin, api));
        } catch (RuntimeException | Error e) {
            LOG.error("The console did not start", e);
            if (runtime != null) {
                runtime.close();
            }
            started.completeExceptionally(e);
        }
    }

    /** The texts of the window, in the configured language. */
    Messages messages() {
        return messages;
    }

    /** The theme the agent chose last time, for the login window. */
    Theme theme() {
        return theme;
    }

    /** Where the login window checks passwords, off the JavaFX thread, from its first moment. */
    ExecutorService loginTasks() {
        return loginTasks;
    }

    /** Completes once the runtime, the accounts and the API are up, on the start-up thread. */
    CompletableFuture<Started> started() {
        return started;
    }

    /** The started console, for code that runs after a sign-in, when it has certainly started (never blocks). */
    Started running() {
        Started running = started.getNow(null);
        if (running == null) {
            throw new IllegalStateException("the console has not started yet");
        }
        return running;
    }

    /** Stops the console, now or, when it is still starting, as soon as it has started. */
    @Override
    public void close() {
        loginTasks.shutdownNow();
        started.whenComplete((running, failure) -> {
            if (running != null) {
                running.close();
            }
        });
    }
}
