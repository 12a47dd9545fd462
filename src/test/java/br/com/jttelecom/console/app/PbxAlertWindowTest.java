package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.sim.Fault;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The real window in demo mode: the desktop notification when the simulator stops answering and again
 * when it is back, and the "Diagnóstico" page's rate-limit figures after a 429.
 */
class PbxAlertWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        Stage stage = console.stage();
        assertThat(stage).isNotNull();
        SignIn.as(robot, "supervisor", "supervisor123");
    }

    /** Whether a notification (a popup window of its own, not the page's banner) shows {@code part}. */
    private boolean notified(String part) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)
                && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow popup
                && popup.isShowing()).tryQuery().isPresent();
    }

    /** Whether the window shows {@code part} in a visible text. */
    private boolean showing(String part) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)
                && n.isVisible()).tryQuery().isPresent();
    }

    @Test
    void theSimulatorGoingDownAndComingBackShowsTwoNotifications() throws Exception {
        var sim = console.runtime().simulator().orElseThrow();
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        assertThat(notified("PABX fora do ar")).as("no news while it answers").isFalse();

        sim.faults().httpError(503);
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, () -> notified("PABX fora do ar"));
        assertThat(notified("O histórico local continua disponível")).isTrue();

        sim.faults().clear();
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, () -> notified("PABX de volta"));
    }

    @Test
    void theDiagnosticsPageShowsTheWaitsA429AskedFor() throws Exception {
        var sim = console.runtime().simulator().orElseThrow();
        sim.faults().add(Fault.rateLimited(1).onlyFor("listar_ramais").times(1));
        console.runtime().pabxClient().orElseThrow().listExtensions();

        robot.clickOn("#nav-diagnostics");
        FxWait.until(10, () -> robot.lookup("#retryAfterWaitsValue").tryQuery().isPresent());
        robot.clickOn("#refreshButton");
        Label waits = robot.lookup("#retryAfterWaitsValue").queryAs(Label.class);
        // The report reads the metrics off the FX thread: on a busy CI machine that can take a while.
        // Every request held by the PBX's pause counts as a wait: with the console's own polls in flight that can be
        // more than the one that got the 429, so "at least one" is what is certain.
        FxWait.until(30, () -> waits.getText().matches("[1-9]\\d* esperas?,.*"));
        assertThat(robot.lookup("#limiterWaitsValue").queryAs(Label.class).getText()).endsWith("s no total");
        FxWait.until(10, () -> showing("limite de requisições (429): 1"));
    }
}
