package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The agent's workspace in the real window, demo mode, against the embedded simulator. */
class WorkspaceWindowTest {


    private final FxRobot robot = new FxRobot();
    private Stage stage;
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        stage = console.stage();
        SignIn.as(robot, "agente", "agente123");
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void clickToCallFromTheDialFieldShowsTheCallLiveAndAsksForTheOutcomeWhenItEnds() throws Exception {
        // Ends in 0: the simulator answers busy after two seconds, so the call ends quickly on the real clock.
        robot.clickOn("#dialField").write("(11) 98765-4320");
        robot.clickOn("#dialButton");

        FxWait.until(10, () -> !text("#numberLabel").isEmpty());
        assertThat(text("#numberLabel")).isEqualTo("(11) 98765-4320");
        var sim = console.runtime().simulator().orElseThrow();
        FxWait.until(10, () -> sim.requestCount("discar_numero") == 1);
        VBox outcome = robot.lookup("#outcomeBox").queryAs(VBox.class);
        FxWait.until(20, outcome::isVisible);
        // An unanswered call never reads "encerrada" first: it says it is checking until the PBX says "ocupado".
        assertThat(text("#statusLabel")).isIn("terminou sem atender · conferindo o resultado no PABX…", "ocupado");

        robot.clickOn("#disposition-2"); // the seeded "Improdutiva"
        FxWait.until(10, () -> !outcome.isVisible());
        assertThat(text("#outcomeMessage")).startsWith("Resultado salvo");
        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aPbxOutageShowsTheBannerAndTurnsOffOnlyWhatNeedsThePbx() throws Exception {
        var sim = console.runtime().simulator().orElseThrow();
        javafx.scene.Node banner = robot.lookup("#pbxBanner").query();
        assertThat(banner.isVisible()).isFalse();

        sim.faults().httpError(503);
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, banner::isVisible);
        assertThat(robot.lookup("#dialButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#dialField").queryAs(javafx.scene.control.TextField.class).isDisabled())
                .as("typing a number still works").isFalse();
        assertThat(robot.lookup("#nav-history").queryAs(javafx.scene.control.ToggleButton.class).isDisabled()).isFalse();

        sim.faults().clear();
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, () -> !banner.isVisible());
        assertThat(robot.lookup("#dialButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void invalidNumberShowsTheMessageAndSendsNothing() throws Exception {
        robot.clickOn("#dialField").write("123").type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until(10, () -> !text("#dialMessage").isEmpty());
        assertThat(console.runtime().simulator().orElseThrow().requestCount("discar_numero")).isZero();
    }

    @Test
    void pauseWithAReasonAndUnpauseUpdateTheStatusBar() throws Exception {
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));

        ComboBox<?> reasons = robot.lookup("#pauseReason").queryAs(ComboBox.class);
        robot.clickOn(reasons).clickOn("Café");
        robot.clickOn("#pauseButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: pausado (Café)"));
        assertThat(console.runtime().simulator().orElseThrow().requests().stream()
                .filter(r -> r.action().equals("pausar_operador")).findFirst().orElseThrow().param("motivo_pausa"))
                .isEqualTo("Café");

        robot.clickOn("#unpauseButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));
        robot.clickOn("#logoutButton");
        FxWait.until(10, () -> text("#operatorStatus").equals("Operador: deslogado"));
    }
}
