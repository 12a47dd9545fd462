package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.store.DispositionRepository;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The admin's Resultados de chamada page in the real window: the list, and a disposition added from it. */
class DispositionsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        SignIn.as(robot, "admin", "admin123");
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
        assertThat(new DispositionRepository(console.runtime().database().jdbi()).active())
                .extracting(Disposition::name).last().isEqualTo("Caixa postal");
    }
}
