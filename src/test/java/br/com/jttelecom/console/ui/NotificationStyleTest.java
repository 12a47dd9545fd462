package br.com.jttelecom.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop notifications (screen-pop, callback due, auto-pause, PBX alerts) are styled by ControlsFX with
 * Modena's colours, which the console's theme does not define: every one of them logged a ClassCastException
 * (String to Paint) from the CSS engine. The console's stylesheet gives them the theme's colours.
 */
class NotificationStyleTest {

    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String text = record.getMessage() + " " + (record.getThrown() == null ? "" : record.getThrown());
            if (text.contains("ClassCastException") || text.contains("Paint")) {
                cssWarnings.add(text);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger css = Logger.getLogger("javafx.css");
    private Stage owner;

    @BeforeEach
    void window() throws Exception {
        css.addHandler(capture);
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new StackPane(new Label("console")), 800, 500);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/ui/console.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        css.removeHandler(capture);
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide)).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void aNotificationShowsWithoutCssErrors() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Notifications.create().title("Chamada recebida").text("(48) 99016-9921")
                .owner(owner.getScene().getRoot()).hideAfter(Duration.seconds(30)).showInformation()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new FxRobot().lookup(".notification-bar").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new FxRobot().lookup(".notification-bar .title").tryQuery()).isPresent();
        assertThat(cssWarnings).isEmpty();
    }
}
