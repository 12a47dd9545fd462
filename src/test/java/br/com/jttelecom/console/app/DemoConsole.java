package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.JtConsoleApp;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console in demo mode (its simulated PBX, a fresh H2 file in a folder of its own) in this JVM's JavaFX,
 * started before each test and stopped after it, for the window tests: {@code @RegisterExtension final DemoConsole
 * console = new DemoConsole();}. It runs before the test class's own {@code @BeforeEach}, which signs in (with
 * {@link SignIn}) or stores what the test needs first.
 */
final class DemoConsole implements BeforeEachCallback, AfterEachCallback {

    private final Locale systemLocale;
    private Locale previousLocale;
    private Path dataDir;
    private Stage stage;
    private JtConsoleApp app;

    /** On this JVM's system locale. */
    DemoConsole() {
        this(null);
    }

    /** As on a machine set to {@code systemLocale} (seen in the field: C.UTF-8, which Java reads as en-US). */
    DemoConsole(Locale systemLocale) {
        this.systemLocale = systemLocale;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        previousLocale = Locale.getDefault();
        if (systemLocale != null) {
            Locale.setDefault(systemLocale);
        }
        dataDir = Files.createTempDirectory("jt-console-window-test");
        stage = FxToolkit.registerPrimaryStage();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(previousLocale);
            deleteQuietly(dataDir);
        }
    }

    /** The started console's services (it waits for the start; not on the JavaFX thread). */
    ConsoleRuntime runtime() {
        return app.runtime();
    }

    /** The window the console opens in (the login, then the main window). */
    Stage stage() {
        return stage;
    }

    Path dataDir() {
        return dataDir;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under the temp directory harms no later test: each gets a new one
        }
    }
}
