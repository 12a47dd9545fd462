package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.Main;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.dial.DialConfirmation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The JavaFX application. The login window shows first, while the rest of the console (database,
 * migrations, simulator, accounts, API) starts behind it on its own thread ({@link ConsoleStartup});
 * signing in waits for that. Once started, it answers requests from outside (later launches, macOS
 * link events): their window request brings this stage forward and their number is offered for
 * confirmation.
 */
public final class JtConsoleApp extends Application {

    /**
     * {@link Application#launch} can only take a class, so {@link Main} parks the claimed
     * single-instance socket, the inbox and the console it began starting here for the instance
     * JavaFX builds.
     */
    private static volatile SingleInstance launchedPrimary;
    private static volatile HandoverInbox launchedInbox;
    /** Started by {@link Main} before the JavaFX toolkit, so the two overlap. */
    private static volatile ConsoleStartup launchedStartup;

    private final Map<String, String> env;
    private final List<String> args;
    private final SingleInstance primary;
    private final HandoverInbox inbox;
    private ConsoleStartup startup;
    private Optional<String> dialFromArguments = Optional.empty();
    private Stage stage;
    private DialConfirmation dialConfirmation;
    private LoginFlow flow;

    public JtConsoleApp() {
        this.env = System.getenv();
        this.args = null;
        this.primary = launchedPrimary;
        this.inbox = launchedInbox != null ? launchedInbox : new HandoverInbox();
        this.startup = launchedStartup;
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
        this.inbox = primary != null ? primary.inbox() : new HandoverInbox();
    }

    public static void launchWith(SingleInstance primary, HandoverInbox inbox, LaunchOptions options, String[] args) {
        launchedPrimary = primary;
        launchedInbox = inbox;
        launchedStartup = ConsoleStartup.begin(System.getenv(), options);
        Application.launch(JtConsoleApp.class, args);
    }

    @Override
    public void init() throws Exception {
        List<String> raw = args != null ? args : getParameters() == null ? List.of() : getParameters().getRaw();
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse(raw.toArray(String[]::new));
        if (startup == null) {
            startup = ConsoleStartup.begin(env, options);
        }
        dialFromArguments = options.dial();
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        flow = new LoginFlow(stage, startup, Platform::exit, this::offerLinksToTheAgent,
                () -> startup.running().runtime().pendingDial().listen(null));
        flow.showLogin();
        StartupProbe.afterShow(env, System.out, startup.started());
        startup.started().thenAccept(running -> Platform.runLater(() -> answerOutsideRequests(running)));
    }

    /** Once started: the number of this launch's link first, then whatever later launches send. */
    private void answerOutsideRequests(ConsoleStartup.Started running) {
        dialFromArguments.ifPresent(running.runtime().pendingDial()::offer);
        inbox.onHandover(this::takeHandover);
    }

    /** After a sign-in: numbers from links are shown for confirmation (they wait in PendingDial until then). */
    private void offerLinksToTheAgent() {
        startup.running().runtime().pendingDial().listen(request -> Platform.runLater(() -> dialConfirmation().show(request)));
    }

    /** On the JavaFX thread, after a sign-in (so the console has started). */
    private DialConfirmation dialConfirmation() {
        if (dialConfirmation == null) {
            ConsoleRuntime runtime = startup.running().runtime();
            // A confirmed link dials like the call panel does: same guard, same record, never retried.
            Optional<Consumer<String>> dialHook = runtime.calls()
                    .map(c -> (Consumer<String>) c.clickToCall()::requestDialNumber);
            dialConfirmation = new DialConfirmation(runtime.messages(), dialHook, () -> stage);
        }
        return dialConfirmation;
    }

    private void takeHandover(SingleInstance.Handover handover) {
        Platform.runLater(this::bringToFront);
        handover.dial().ifPresent(startup.running().runtime().pendingDial()::offer);
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
        if (startup != null) {
            startup.close();
        }
    }

    /**
     * Visible for tests: the runtime the window runs on, once started. Waits for the start, so
     * never call it on the JavaFX thread.
     */
    public ConsoleRuntime runtime() {
        return startup.started().join().runtime();
    }
}
