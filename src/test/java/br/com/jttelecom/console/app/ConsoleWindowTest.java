package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.JtConsoleApp;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real application class headless, in demo mode, on a temporary data folder. The
 * login screen comes first: the tests sign in with the demo accounts it shows.
 */
class ConsoleWindowTest {

    private static final String LOGIN_PREPARING = "Preparando o console… você entra assim que ele estiver pronto.";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private JtConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(String login, String password) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#username").queryAs(TextField.class).setText(login);
            robot.lookup("#password").queryAs(PasswordField.class).setText(password);
        }).get();
        robot.clickOn("#signIn");
        // The login shows while the console still starts: "Preparando…" until it has, then "Verificando…".
        // Between the login window closing and the main window showing, neither is there: not yet, then.
        FxWait.until(60, () -> robot.lookup("#statusBar").tryQuery().isPresent()
                || robot.lookup("#message").tryQuery().map(n -> !List.of("", "Verificando…", LOGIN_PREPARING)
                        .contains(((Label) n).getText())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theLoginScreenComesFirstAndShowsTheDemoPasswords() throws Exception {
        assertThat(stage.getTitle()).isEqualTo("JT Console — entrar");
        double buttonY = signInButtonY();
        // The demo accounts are seeded behind the window: their passwords show once they exist.
        FxWait.until(30, () -> robot.lookup("#hint").queryAs(Label.class).getText().contains("admin / admin123"));
        assertThat(robot.lookup("#hint").queryAs(Label.class).getText()).contains("agente / agente123");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(signInButtonY()).as("the hint appearing does not move the button under the pointer").isEqualTo(buttonY);
    }

    private double signInButtonY() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node button = robot.lookup("#signIn").query();
            return button.localToScene(button.getBoundsInLocal()).getMinY();
        }).get();
    }

    @Test
    void aWrongPasswordShowsTheMessageAndKeepsTheUsername() throws Exception {
        signIn("admin", "errada");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("Usuário ou senha incorretos.");
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEqualTo("admin");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#statusBar").tryQuery()).isEmpty();
    }

    @Test
    void anAdminSeesTheAdminPagesAndAnAgentDoesNot() throws Exception {
        signIn("admin", "admin123");
        assertThat(robot.lookup("#nav-audit").tryQuery()).isPresent();
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verifyButton").tryQuery()).isPresent();

        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        WaitForAsyncUtils.waitForFxEvents();
        signIn("agente", "agente123");
        assertThat(robot.lookup("#userStatus").queryAs(Label.class).getText()).isEqualTo("Usuário: Ana Agente (Agente)");
        assertThat(robot.lookup("#nav-connection").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-board").tryQuery()).isEmpty(); // the live board is for supervisors and admins
    }

    @Test
    void aSupervisorOpensTheDiagnosticsPageWithThePbxFiguresAndAnAgentHasNoSuchPage() throws Exception {
        signIn("supervisor", "supervisor123");
        robot.clickOn("#nav-diagnostics");
        FxWait.until(20, () -> robot.lookup("#pbxValue").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#pbxValue").queryAs(Label.class).getText()).startsWith("simulador");
        assertThat(robot.lookup("#actionsTable").tryQuery()).isPresent();
        // An empty table speaks Portuguese too (JavaFX's own default reads "No content in table").
        javafx.scene.control.TableView<?> actions = robot.lookup("#actionsTable").queryAs(javafx.scene.control.TableView.class);
        assertThat(((Label) actions.getPlaceholder()).getText()).isEqualTo("Nada para mostrar aqui por enquanto.");

        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        WaitForAsyncUtils.waitForFxEvents();
        signIn("agente", "agente123");
        assertThat(robot.lookup("#nav-diagnostics").tryQuery()).isEmpty();
    }

    @Test
    void opensTheMainWindowInDemoModeWithItsStatusBar() throws Exception {
        signIn("admin", "admin123");
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("JT Console — modo demonstração");
        assertThat(robot.lookup("#nav-leads").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#userStatus").queryAs(Label.class).getText())
                .isEqualTo("Usuário: Alice Administradora (Administrador)");
        assertThat(robot.lookup("#operatorStatus").queryAs(Label.class).getText()).isEqualTo("Operador: deslogado");
    }

    @Test
    void theFirstStartOnAScreenUpTo1600PixelsWideOpensMaximized() throws Exception {
        signIn("agente", "agente123");
        // The headless screen is 1280 × 800: a call centre's 1366 × 768 laptop gets the whole of it too.
        assertThat(stage.isMaximized()).isTrue();
        FxWait.until(10, () -> stage.getWidth() == javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
    }

    @Test
    void aNarrowWindowShowsTheNavigationAsIconsWithTheNamesOnHover() throws Exception {
        signIn("agente", "agente123");
        javafx.scene.control.ToggleButton history = robot.lookup("#nav-history").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(history.getTooltip().getText()).isEqualTo("Histórico");

        // The headless screen is 1280 px wide: a wide window (icons and names) is checked in a real one.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(1000);
        }).get();
        FxWait.until(10, () -> history.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        assertThat(history.getText()).as("still named, for screen readers").isEqualTo("Histórico");
    }

    @Test
    void statusBarShowsDemoModeWithLatencyOnceTheSimulatorAnswers() throws Exception {
        signIn("admin", "admin123");
        Label connection = robot.lookup("#connectionStatus").queryAs(Label.class);
        FxWait.until(10, () -> connection.getText().startsWith("Modo demonstração · "));
        assertThat(connection.getText()).matches("Modo demonstração · \\d+ ms");
    }

    @Test
    void demoHistoryIsSyncedIntoTheLocalStoreAndTheStatusBarSaysWhen() throws Exception {
        signIn("agente", "agente123");
        Label sync = robot.lookup("#syncStatus").queryAs(Label.class);
        FxWait.until(60, () -> sync.getText().startsWith("Histórico sincronizado em "));
        long stored = app.runtime().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls")
                .mapTo(Long.class).one());
        // 90 days of seeded demo history; live inbound calls may add one or two while the test runs.
        assertThat(stored).isGreaterThan(3_000).isLessThanOrEqualTo(app.runtime().simulator().orElseThrow().historySize());
    }

    @Test
    void theWindowRemembersItsBoundsAndThemeAcrossARestart() throws Exception {
        signIn("admin", "admin123");
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
        }).get();
        robot.clickOn("Exibir").clickOn("Tema escuro");
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        String saved = Files.readString(dataDir.resolve("settings.properties"));
        assertThat(saved).contains("ui.window=40,30,900,600,false").contains("ui.theme=dark");

        stage = FxToolkit.registerPrimaryStage();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        signIn("admin", "admin123");
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(600);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
    }

    /**
     * A database damaged between two starts: the window says so in the status bar, and the long sentence is what
     * gets cut (whole in the tooltip), not the connection, the sync or the user, as seen in a real window.
     */
    @Test
    void aRestoredDatabaseIsSaidInTheStatusBarWithoutCuttingItsOtherItems() throws Exception {
        signIn("agente", "agente123");
        FxToolkit.cleanupApplication(app); // a clean exit: the first backup
        FxToolkit.cleanupStages();
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dataDir.resolve("jt-console.mv.db").toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }

        stage = FxToolkit.registerPrimaryStage();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        signIn("agente", "agente123");

        org.controlsfx.control.StatusBar bar = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class);
        assertThat(bar.getText()).startsWith("O banco de dados estava danificado e foi guardado à parte como ");
        assertThat(bar.getTooltip()).isNotNull();
        assertThat(bar.getTooltip().getText()).isEqualTo(bar.getText());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#userStatus", "#operatorStatus", "#connectionStatus", "#syncStatus")) {
            Label item = robot.lookup(id).queryAs(Label.class);
            // The sync's progress changes the text at any moment (seen on CI: "… 100%" measured against the
            // last pass's width): lay the window out in the same step that reads the width and the preferred one.
            double[] widths = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Parent root = item.getScene().getRoot();
                root.applyCss();
                root.layout();
                return new double[] {item.getWidth(), item.prefWidth(-1)};
            }).get();
            assertThat(widths[0]).as("%s keeps its width (\"%s\")", id, item.getText()).isGreaterThanOrEqualTo(widths[1] - 0.5);
        }
    }
}
