package br.com.jttelecom.console.app;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.SettingsFile;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The JavaFX application: builds the runtime in {@link #init()} (off the JavaFX thread, so a
 * slow start never freezes a window) and shows the main window in {@link #start(Stage)}.
 */
public final class JtConsoleApp extends Application {

    private final Map<String, String> env;
    private final List<String> args;
    private ConsoleRuntime runtime;
    private SecurityServices security;
    private LoginFlow flow;

    public JtConsoleApp() {
        this.env = System.getenv();
        this.args = null;
    }

    /** For tests and embedding: environment and flags are given instead of read from the process. */
    public JtConsoleApp(Map<String, String> env, List<String> args) {
        this.env = Map.copyOf(env);
        this.args = List.copyOf(args);
    }

    @Override
    public void init() throws Exception {
        List<String> raw = args != null ? args : getParameters() == null ? List.of() : getParameters().getRaw();
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse(raw.toArray(String[]::new));
        ConfigLoader loader = new ConfigLoader(env, Main.defaultDataDir());
        SettingsFile settings = SettingsFile.open(loader.dataDir(options));
        runtime = ConsoleRuntime.start(loader.load(options, settings), settings, Clock.systemDefaultZone());
        // Here, off the FX thread: seeding accounts hashes passwords (PBKDF2 takes a moment).
        security = new SecurityServices(runtime, Clock.systemUTC());
    }

    @Override
    public void start(Stage stage) {
        // Sign-in comes first; the main window opens once someone has signed in (LoginFlow).
        flow = new LoginFlow(stage, runtime, security, Platform::exit);
        flow.showLogin();
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    /** Visible for tests: the runtime the window runs on. */
    public ConsoleRuntime runtime() {
        return runtime;
    }
}
