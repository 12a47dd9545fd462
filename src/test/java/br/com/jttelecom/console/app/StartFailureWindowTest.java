package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.JtConsoleApp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window comes before the database: a console whose start fails behind it says why in that
 * window, instead of a click on the menu entry that seems to do nothing.
 */
class StartFailureWindowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private JtConsoleApp app;

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aDatabaseThatCannotOpenIsExplainedInTheLoginWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // A ';' would break the database's JDBC URL: the database refuses this folder.
        Path unusable = dir.resolve("dados;suporte");
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", unusable.toString())));

        FxWait.until(30, () -> robot.lookup("#message").queryAs(Label.class).getText().startsWith("O console não conseguiu iniciar:"));
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("Feche esta janela e abra de novo");
        assertThat(robot.lookup("#signIn").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("JT Console — entrar");
    }
}
