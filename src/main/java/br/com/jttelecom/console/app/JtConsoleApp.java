package br.com.jttelecom.console.app;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.OsKeyring;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.ui.dial.DialConfirmation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The JavaFX application: builds the runtime in {@link #init()} (off the JavaFX thread, so a
 * slow start never freezes a window) and shows the main window in {@link #start(Stage)}. As the
 * primary console it answers later launches: their window request brings this stage forward and
 * their number is offered for confirmation.
 */
public final class JtConsoleApp extends Application {

    /**
     * {@link Application#launch} can only take a class, so {@link Main} parks the claimed
     * single-instance socket here for the instance JavaFX builds.
     */
    private static volatile SingleInstance launchedPrimary;
    /** The runtime {@link Main} started building while JavaFX starts its toolkit: the two overlap. */
    private static volatile CompletableFuture<ConsoleRuntime> launchedRuntime;

    private final Map<String, String> env;
    private final List<String> args;
    private final SingleInstance primary;
    private final CompletableFuture<ConsoleRuntime> earlyRuntime;
    private ConsoleRuntime runtime;
    private Stage stage;
    private DialConfirmation dialConfirmation;
    private SecurityServices security;
    private LoginFlow flow;
    private br.com.jttelecom.console.api.ApiServer api;

    public JtConsoleApp() {
        this.env = System.getenv();
        this.args = null;
        this.primary = launchedPrimary;
        this.earlyRuntime = launchedRuntime;
    }

    /** For tests and embedding: environment and flags are given instead of read from the process. */
    public JtConsoleApp(Map<String, String> env, List<String> args) {
        this(env, args, null);
    }

    /** As above, answering later launches on {@code primary} (may be null). */
    public JtConsoleApp(Map<String, String> env, List<String> args, SingleInstance primary) {
        this.env = Map.copyOf(env);
        this.args = List.copyOf(args);
        this.primary = primary;
        this.earlyRuntime = null;
    }

    static void launchWith(SingleInstance primary, LaunchOptions options, String[] args) {
        launchedPrimary = primary;
        Map<String, String> env = System.getenv();
        // Database, migrations and the demo simulator take about as long as the JavaFX toolkit
        // takes to start: doing both at once shortens the time to the first window.
        launchedRuntime = CompletableFuture.supplyAsync(() -> startRuntime(env, options),
                runnable -> Thread.ofPlatform().name("jt-runtime-start").start(runnable));
        Application.launch(JtConsoleApp.class, args);
    }

    @Override
    public void init() throws Exception {
        List<String> raw = args != null ? args : getParameters() == null ? List.of() : getParameters().getRaw();
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse(raw.toArray(String[]::new));
        if (earlyRuntime != null) {
            try {
                runtime = earlyRuntime.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } else {
            runtime = startRuntime(env, options);
        }
        // Here, off the FX thread: seeding accounts hashes passwords (PBKDF2 takes a moment).
        security = new SecurityServices(runtime, Clock.systemUTC());
        api = ApiComposition.startIfRequested(runtime, security, options).orElse(null);
        options.dial().ifPresent(runtime.pendingDial()::offer);
    }

    private static ConsoleRuntime startRuntime(Map<String, String> env, LaunchOptions options) {
        ConfigLoader loader = new ConfigLoader(env, Main.defaultDataDir(), OsKeyring::open);
        SettingsFile settings = SettingsFile.open(loader.dataDir(options));
        return ConsoleRuntime.start(loader.load(options, settings), settings, loader.vault(options),
                Clock.systemDefaultZone());
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        // A confirmed link dials like the call panel does: same guard, same record, never retried.
        Optional<Consumer<String>> dialHook = runtime.calls()
                .map(c -> (Consumer<String>) c.clickToCall()::requestDialNumber);
        dialConfirmation = new DialConfirmation(runtime.messages(), dialHook, () -> stage);
        // Sign-in comes first; a number from a link waits in PendingDial until someone has signed in.
        flow = new LoginFlow(stage, runtime, security, Platform::exit,
                () -> runtime.pendingDial().listen(request -> Platform.runLater(() -> dialConfirmation.show(request))),
                () -> runtime.pendingDial().listen(null));
        flow.showLogin();
        StartupProbe.afterShow(env, System.out);
        if (primary != null) {
            primary.onHandover(this::takeHandover);
        }
    }

    private void takeHandover(SingleInstance.Handover handover) {
        Platform.runLater(this::bringToFront);
        handover.dial().ifPresent(runtime.pendingDial()::offer);
    }

    private void bringToFront() {
        if (stage == null || !stage.isShowing()) {
            return;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public void stop() {
        if (primary != null) {
            primary.close();
        }
        if (flow != null) {
            flow.close();
        }
        if (api != null) {
            api.close();
        }
        if (runtime != null) {
            runtime.pendingDial().listen(null);
            runtime.close();
        }
    }

    /** Visible for tests: the runtime the window runs on. */
    public ConsoleRuntime runtime() {
        return runtime;
    }
}
