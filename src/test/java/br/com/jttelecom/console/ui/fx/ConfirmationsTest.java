package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The question before a delete: in the console's language on any system, over a window it leaves as it was. */
class ConfirmationsTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger ownerClicks = new AtomicInteger();
    private final AtomicInteger confirmed = new AtomicInteger();
    private Locale systemLocale;
    private Stage owner;
    private Button ownerButton;

    @BeforeEach
    void ownerWindow() throws Exception {
        systemLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // a system locale other than the console's (seen: C.UTF-8)
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            ownerButton = new Button("excluir");
            ownerButton.setOnAction(e -> ownerClicks.incrementAndGet());
            StackPane root = new StackPane(ownerButton);
            StackPane.setAlignment(ownerButton, Pos.TOP_LEFT); // away from the dialog, centred on the window
            stage.setScene(new Scene(root, 800, 500));
            stage.setMaximized(true);
            stage.show();
        });
    }

    @AfterEach
    void restore() throws Exception {
        Locale.setDefault(systemLocale);
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide)).get();
        FxToolkit.cleanupStages();
    }

    @Test
    void asksInTheConsolesLanguageHoldsTheWindowBackAndRunsNothingOnCancel() throws Exception {
        Platform.runLater(() -> Confirmations.confirm(ownerButton, Messages.portuguese(), "Excluir o ramal 201?",
                confirmed::incrementAndGet));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#confirmation").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#confirmation").queryAs(DialogPane.class);
        Stage dialog = (Stage) pane.getScene().getWindow();

        assertThat(dialog.getTitle()).isEqualTo("Confirmação");
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText).containsExactly("OK", "Cancelar");
        assertThat(dialog.getOwner()).isSameAs(owner);
        // Not modal for the toolkit (a modal dialog un-maximizes its owner on GTK), yet the window takes no input.
        assertThat(dialog.getModality()).isEqualTo(Modality.NONE);
        robot.clickOn(ownerButton);
        assertThat(ownerClicks).as("the window behind holds its input while the question is open").hasValue(0);
        assertThat(owner.isMaximized()).isTrue();

        robot.clickOn("Cancelar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirmed).hasValue(0);
        robot.clickOn(ownerButton);
        assertThat(ownerClicks).as("and takes it again once the question is answered").hasValue(1);
    }
}
