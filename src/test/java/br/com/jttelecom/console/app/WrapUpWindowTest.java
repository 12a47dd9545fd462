package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.store.SettingRepository;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wrap-up in the real window, demo mode: seen at 1366 × 768, the notes shrank to one line when the outcome
 * buttons came and the time field read "Hora (H". Every field stays whole, and the notes keep several lines.
 */
class WrapUpWindowTest {

    /** Lines the notes keep when the outcome buttons are on show. */
    private static final int NOTES_LINES = 5;


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        SignIn.as(robot, "agente", "agente123");
    }

    private void windowOf(int width, int height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = (Stage) robot.lookup("#statusBar").query().getScene().getWindow();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A busy number: the simulator ends it within seconds, and the outcome is asked for. */
    private void callEnds() throws Exception {
        robot.clickOn("#dialField").write("(11) 98765-4320");
        robot.clickOn("#dialButton");
        Node outcome = robot.lookup("#outcomeBox").query();
        FxWait.until(20, outcome::isVisible);
    }

    /**
     * The headless screen is 1280 × 800 (a larger window overflows its frame buffer). 740 px is what a 1366 × 768
     * laptop leaves a maximized window under a window manager's title bar (openbox: 750), and the panel is as wide
     * at 1280 px as at 1366 (only the page beside it grows). A taller screen has only more room; 1920 × 1080 was
     * looked at in a real window.
     */
    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 740", "1280, 800"})
    void whenTheOutcomeIsAskedTheNotesStayLargeAndEveryFieldIsWhole(int width, int height) throws Exception {
        windowOf(width, height);
        callEnds();

        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            TextArea notes = robot.lookup("#notesArea").queryAs(TextArea.class);
            double line = textWidthAndHeight(notes, "Ág")[1];
            if (notes.getHeight() < NOTES_LINES * line) {
                found.add("notes " + notes.getHeight() + " px high, under " + NOTES_LINES + " lines of " + line);
            }
            TextField time = robot.lookup("#callbackTime").queryAs(TextField.class);
            double room = time.getWidth() - time.snappedLeftInset() - time.snappedRightInset();
            double prompt = textWidthAndHeight(time, time.getPromptText())[0];
            if (room < prompt) {
                found.add("time field " + room + " px for its prompt of " + prompt + " px");
            }
            Node pane = robot.lookup("#wrapUpPane").query();
            for (Node n : descendants(pane)) {
                if (n instanceof Labeled l && n.isVisible() && !l.getText().isEmpty() && !shownWhole(l)) {
                    found.add("cut: " + l.getText());
                }
            }
            List<Node> mustShow = new ArrayList<>(descendants(pane).stream()
                    .filter(n -> n instanceof Control && n.isVisible()).toList());
            mustShow.add(notes);
            for (Node n : mustShow) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxY() > n.getScene().getHeight() + 0.5 || b.getMaxX() > n.getScene().getWidth() + 0.5) {
                    found.add("outside the window: " + n.getId() + " " + b);
                }
            }
            return found;
        }).get();

        assertThat(problems).isEmpty();
    }

    @Test
    void whenTheOutcomeIsRequiredTheDialButtonIsOffAndThePanelSaysWhyUntilOneIsPicked() throws Exception {
        new SettingRepository(console.runtime().database().jdbi()).put(AgentSettings.DISPOSITION_REQUIRED, "true");
        callEnds();

        Label hold = robot.lookup("#wrapUpHold").queryAs(Label.class);
        FxWait.until(10, hold::isVisible);
        assertThat(hold.getText()).isEqualTo("Escolha o resultado da última chamada para ligar de novo ou voltar à fila.");
        assertThat(robot.lookup("#dialButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#loginButton").queryButton().isDisabled()).as("no return to the queue").isTrue();

        robot.clickOn("#disposition-1");
        FxWait.until(10, () -> !robot.lookup("#dialButton").queryButton().isDisabled());
        assertThat(hold.isVisible()).isFalse();
        assertThat(robot.lookup("#loginButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theDispositionsShortcutPicksItFromTheWindow() throws Exception {
        callEnds();
        FxWait.until(10, () -> robot.lookup("#disposition-2").tryQuery().isPresent());

        robot.push((javafx.scene.input.KeyCodeCombination) javafx.scene.input.KeyCombination.valueOf("Shortcut+2"));

        Label saved = robot.lookup("#outcomeMessage").queryAs(Label.class);
        FxWait.until(10, () -> saved.getText().equals("Resultado salvo: Improdutiva"));
        assertThat(robot.lookup("#outcomeBox").query().isVisible()).isFalse();
    }

    @Test
    void theWrapUpCountsDownOnThePanel() throws Exception {
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> robot.lookup("#operatorStatus").queryAs(Label.class).getText().startsWith("Operador: disponível"));
        callEnds();

        Label countdown = robot.lookup("#wrapUpCountdown").queryAs(Label.class);
        FxWait.until(10, () -> countdown.getText().startsWith("Pós-atendimento: 0:2"));
        assertThat(countdown.isVisible()).isTrue();
    }

    /** Whether the label's skin draws its whole text (a cut one ends in an ellipsis). */
    private static boolean shownWhole(Labeled l) {
        Node text = l.lookup(".text");
        if (!(text instanceof Text drawn)) {
            return true;
        }
        return drawn.getText().replace("\n", " ").replaceAll("\\s+", " ").strip()
                .equals(l.getText().replaceAll("\\s+", " ").strip());
    }

    private static double[] textWidthAndHeight(Control c, String s) {
        Text t = new Text(s);
        Node shown = c.lookup(".text");
        t.setFont(shown instanceof Text drawn ? drawn.getFont() : javafx.scene.text.Font.getDefault());
        return new double[] {t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()};
    }

    private static List<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        all.add(root);
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                all.addAll(descendants(child));
            }
        }
        return all;
    }

}
