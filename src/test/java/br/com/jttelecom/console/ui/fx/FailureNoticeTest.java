package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PBX failure can be answered after the page that asked left the window (another page opened) or the window
 * closed (signed out, quitting). Seen in CI: the DIDs page's late failure threw from the JavaFX thread because its
 * table was in no scene. The notice then shows over the console's window, or nowhere; it never throws.
 */
class FailureNoticeTest {

    private final FxRobot robot = new FxRobot();
    private final Messages messages = Messages.portuguese();
    private Stage window;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        window = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(new Label("console")), 800, 500));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void aFailureForAPageNoLongerShownIsToldOverTheConsolesWindow() throws Exception {
        Label leftPage = new Label("página que saiu da janela");
        WaitForAsyncUtils.asyncFx(() -> FailureNotice.show(leftPage, messages, "O PABX recusou o DID.")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".notification-bar").tryQuery()).as("a notification over the console").isPresent();
    }

    @Test
    void aFailureAfterTheWindowClosedIsToldToNobodyAndThrowsNothing() throws Exception {
        WaitForAsyncUtils.asyncFx(window::hide).get();
        Label leftPage = new Label("página de uma janela fechada");
        WaitForAsyncUtils.asyncFx(() -> FailureNotice.show(leftPage, messages, "O PABX recusou o DID.")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }
}
