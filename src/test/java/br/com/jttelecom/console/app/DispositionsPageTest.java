package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.store.DispositionRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The admin's Resultados de chamada page in the real window: the list, and a disposition added from it. */
class DispositionsPageTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private JtConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        SignIn.as(robot, "admin", "admin123");
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theAdminAddsADispositionThatTheCallPanelWillOffer() throws Exception {
        robot.clickOn("#nav-dispositions");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(10, () -> table.getItems().size() == 3);

        robot.clickOn("#name").write("Caixa postal");
        robot.clickOn("#shortcut").write("Ctrl+4");
        robot.clickOn("#saveButton");

        FxWait.until(10, () -> table.getItems().size() == 4);
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("Resultado \"Caixa postal\" salvo.");
        assertThat(new DispositionRepository(app.runtime().database().jdbi()).active())
                .extracting(Disposition::name).last().isEqualTo("Caixa postal");
    }
}
