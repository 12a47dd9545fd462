package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console on a real desktop (Xvfb at 1366 × 768 with openbox), drawn through GTK in this JVM; the main window
 * opens maximized there, as at a call centre. What only a window manager does to windows — a dialog opened at
 * 200 × 200 or cut, a maximized window un-maximized and moved by a dialog or a file chooser over it, a new scene
 * painted over part of the window — is measured here on the windows themselves, and held for a while: the window
 * manager's answers come late.
 */
@ExtendWith(OnRealDesktop.class)
class MaximizedWindowDesktopTest {

    /** The window manager's late answers (a size, a move) come within this; the figures must hold through it. */
    private static final Duration SETTLED = Duration.ofSeconds(3);


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();
    private Stage main;

    @BeforeEach
    void startConsoleMaximized() throws Exception {
        main = console.stage();
        // A call no lead claims, for the link dialog, whatever the demo's sync has brought by then.
        StoredCalls stored = new StoredCalls(console.runtime());
        stored.inbound("desk-1", "+5521998887777", stored.userId("agente"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS));
        SignIn.as(robot, "agente", "agente123");
        FxWait.until(30, () -> main.isMaximized() && main.getWidth() >= XDesktop.WIDTH - 1);
    }

    @AfterEach
    void stopConsole() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != main).forEach(Window::hide)).get();
    }

    @Test
    void theLinkDialogOpensAtItsContentsSizeCentredOnTheWindowWhichStaysMaximized() throws Exception {
        robot.clickOn("#nav-unidentified");
        FxWait.until(20, () -> visibleButton(".unidentified-link").isPresent());
        robot.clickOn(visibleButton(".unidentified-link").orElseThrow());
        FxWait.until(20, () -> robot.lookup("#linkLeadSearch").tryQuery().isPresent());
        Stage dialog = WaitForAsyncUtils.asyncFx(
                () -> (Stage) robot.lookup("#linkLeadSearch").query().getScene().getWindow()).get();

        await("the dialog whole and centred, the window maximized behind it").atMost(Duration.ofSeconds(20))
                .during(SETTLED).untilAsserted(() -> assertThat(misfits(dialog)).isEmpty());

        robot.clickOn(visibleButton(".dialog-pane .button", "Cancelar").orElseThrow());
        FxWait.until(10, () -> !dialog.isShowing());
        assertThat(WaitForAsyncUtils.asyncFx(this::mainNotMaximized).get()).isEmpty();
    }

    @Test
    void theQuitQuestionShowsEveryButtonWholeOverTheMaximizedWindow() throws Exception {
        robot.clickOn("#loginButton");
        FxWait.until(20, () -> robot.lookup("#operatorStatus").queryAs(Label.class).getText()
                .startsWith("Operador: disponível"));
        // As the window manager's close button does: the close request, which asks first while in the queue.
        Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(20, () -> visibleButton(".dialog-pane .button", "Fechar e continuar logado").isPresent());
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> (Stage) visibleButton(".dialog-pane .button", "Cancelar")
                .orElseThrow().getScene().getWindow()).get();

        await("the question whole, every button's text in full").atMost(Duration.ofSeconds(20))
                .during(SETTLED).untilAsserted(() -> assertThat(misfits(dialog)).isEmpty());

        robot.clickOn(visibleButton(".dialog-pane .button", "Cancelar").orElseThrow());
        FxWait.until(10, () -> !dialog.isShowing());
        assertThat(main.isShowing()).as("Cancelar keeps the console open").isTrue();
    }

    @Test
    void theExportsFileChooserLeavesTheWindowMaximizedWhileOpenAndAfter() throws Exception {
        XDesktop desktop = XDesktop.attached(System.getenv("DISPLAY"));
        robot.clickOn("#nav-history");
        FxWait.until(20, () -> !robot.lookup("#exportButton").query().isDisabled());
        robot.clickOn("#exportButton");
        // GTK's own dialog, no JavaFX window: the X server finds it by its title.
        await("the file chooser open").atMost(Duration.ofSeconds(30))
                .until(() -> !desktop.windows("--onlyvisible", "--name", "Exportar histórico").isEmpty());

        // JavaFX goes on running its tasks while GTK's dialog is open, so the window is read while it is.
        await("the window maximized behind the open chooser").atMost(Duration.ofSeconds(20)).during(SETTLED)
                .untilAsserted(() -> assertThat(WaitForAsyncUtils.asyncFx(this::mainNotMaximized).get()).isEmpty());

        robot.type(KeyCode.ESCAPE); // the chooser has the keyboard: cancelled, nothing exported
        await("the file chooser closed").atMost(Duration.ofSeconds(30))
                .until(() -> desktop.windows("--onlyvisible", "--name", "Exportar histórico").isEmpty());
        await("the window still maximized once the chooser is gone").atMost(Duration.ofSeconds(20)).during(SETTLED)
                .untilAsserted(() -> assertThat(WaitForAsyncUtils.asyncFx(this::mainNotMaximized).get()).isEmpty());
    }

    @Test
    void signedOutTheSignInScreenFillsTheWindowThePersonMaximized() throws Exception {
        // Restored, then maximized again, as a person does with the title bar's button.
        Platform.runLater(() -> main.setMaximized(false));
        FxWait.until(20, () -> !main.isMaximized() && main.getWidth() < XDesktop.WIDTH - 1);
        Platform.runLater(() -> main.setMaximized(true));
        FxWait.until(20, () -> mainNotMaximized().isEmpty());

        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());

        await("the sign-in screen over the whole window, the window maximized").atMost(Duration.ofSeconds(20))
                .during(SETTLED).untilAsserted(() -> assertThat(WaitForAsyncUtils.asyncFx(() -> {
                    List<String> wrong = new ArrayList<>(mainNotMaximized());
                    Scene scene = main.getScene();
                    if (scene.getWidth() < XDesktop.WIDTH - 1 || scene.getHeight() < main.getHeight() - scene.getY() - 1) {
                        wrong.add(String.format("the sign-in scene is %.0f × %.0f in a %.0f × %.0f window",
                                scene.getWidth(), scene.getHeight(), main.getWidth(), main.getHeight()));
                    }
                    return wrong;
                }).get()).isEmpty());
    }

    /** What is wrong with a dialog over the maximized window: too small for its content, off centre, cut, or moved the window. */
    private List<String> misfits(Stage dialog) throws Exception {
        List<String> wrong = new ArrayList<>(ShownWhole.cutUnder(dialog.getScene().getRoot()));
        wrong.addAll(WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>(mainNotMaximized());
            Scene scene = dialog.getScene();
            Parent root = scene.getRoot();
            double needWidth = root.prefWidth(-1);
            double needHeight = root.prefHeight(scene.getWidth());
            if (scene.getWidth() < needWidth - 1 || scene.getHeight() < needHeight - 1) {
                found.add(String.format("the dialog shows %.0f × %.0f of the %.0f × %.0f its content needs",
                        scene.getWidth(), scene.getHeight(), needWidth, needHeight));
            }
            double offCentre = Math.abs(dialog.getX() + dialog.getWidth() / 2 - (main.getX() + main.getWidth() / 2));
            if (offCentre > 4) {
                found.add(String.format("the dialog is %.0f px off the window's centre", offCentre));
            }
            if (dialog.getX() < 0 || dialog.getY() < 0 || dialog.getX() + dialog.getWidth() > XDesktop.WIDTH
                    || dialog.getY() + dialog.getHeight() > XDesktop.HEIGHT) {
                found.add(String.format("the dialog at %.0f,%.0f %.0f × %.0f goes past the screen",
                        dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()));
            }
            return found;
        }).get());
        return wrong;
    }

    /** Empty while the main window is maximized over the whole screen; on the JavaFX thread. */
    private List<String> mainNotMaximized() {
        if (main.isMaximized() && main.getX() == 0 && main.getY() == 0 && main.getWidth() >= XDesktop.WIDTH - 1
                && main.getHeight() >= XDesktop.HEIGHT - 1) {
            return List.of();
        }
        return List.of(String.format("the window is %s at %.0f,%.0f %.0f × %.0f", main.isMaximized() ? "maximized"
                : "not maximized", main.getX(), main.getY(), main.getWidth(), main.getHeight()));
    }

    private Optional<Button> visibleButton(String selector) {
        return robot.lookup(selector).queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() != null && b.isVisible()).findFirst();
    }

    private Optional<Button> visibleButton(String selector, String text) {
        return robot.lookup(selector).queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() != null && b.isVisible() && text.equals(b.getText())).findFirst();
    }
}
