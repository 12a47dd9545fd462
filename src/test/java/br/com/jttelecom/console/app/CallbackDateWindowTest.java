package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The callback's date typed on a machine whose locale is not the console's (seen: C.UTF-8, read as en-US): the
 * field reads day first, as every date of the console is written, in both of its languages.
 */
class CallbackDateWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole(Locale.US);

    @BeforeEach
    void signIn() throws Exception {
        SignIn.as(robot, "agente", "agente123");
    }

    @Test
    void aCallbackTypedDayFirstIsScheduledForThatDay() throws Exception {
        robot.clickOn("#dialField").write("(11) 98765-4320"); // busy: ends within seconds and asks the outcome
        robot.clickOn("#dialButton");
        Node outcome = robot.lookup("#outcomeBox").query();
        FxWait.until(20, outcome::isVisible);

        robot.clickOn("#callbackDate").write("11/12/2027").type(KeyCode.ENTER);
        robot.clickOn("#callbackTime").write("10:30");
        robot.clickOn("#disposition-3"); // "Agendada", of the scheduled group

        Label saved = robot.lookup("#outcomeMessage").queryAs(Label.class);
        FxWait.until(10, () -> saved.getText().startsWith("Resultado salvo"));
        assertThat(saved.getText()).isEqualTo("Resultado salvo: Agendada, retorno em 11/12/2027 10:30");
    }
}
