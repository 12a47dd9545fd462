package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.JtConsoleApp;
import br.com.jttelecom.console.app.launch.SingleInstance;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.ui.dial.DialConfirmation;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A second launch with a tel: link reaches the running console's window as a confirmation. */
class DialHandoverWindowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private JtConsoleApp app;

    @BeforeEach
    void startConsoleAsTheFirstInstance() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        SingleInstance primary = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow();
        app = (JtConsoleApp) FxToolkit.setupApplication(
                () -> new JtConsoleApp(Map.of(), List.of("--data-dir", dataDir.toString()), primary));
        WaitForAsyncUtils.waitForFxEvents();
        SignIn.as(robot, "agente", "agente123");
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aHandedOverLinkAsksToCallTheFormattedNumberWithoutDialling() throws Exception {
        String number = CommandLineNumber.of("tel:+55%2048%2099123-4567");

        Optional<SingleInstance> second = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of(number)));

        assertThat(second).as("the second launch steps aside").isEmpty();
        FxWait.until(10, () -> robot.lookup("#" + DialConfirmation.PANE_ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + DialConfirmation.PANE_ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Ligar para (48) 99123-4567?");
        assertThat(robot.lookup("#" + DialConfirmation.NUMBER_FIELD_ID).queryAs(TextField.class).getText())
                .isEqualTo("(48) 99123-4567");
        PbxSimulator sim = app.runtime().simulator().orElseThrow();
        assertThat(sim.requestCount("discar_numero")).as("nothing is dialled before the agent confirms").isZero();

        robot.clickOn(dialogButton(pane, "Ligar"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.requestCount("discar_numero") == 1);
        assertThat(sim.requests()).filteredOn(r -> r.action().equals("discar_numero"))
                .singleElement().satisfies(r -> assertThat(r.param("numero_destino")).isEqualTo("991234567")); // local DDD 48: no prefix
    }

    @Test
    void cancellingTheLinkDialsNothing() throws Exception {
        SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of(CommandLineNumber.of("tel:048991234567"))));
        FxWait.until(10, () -> robot.lookup("#" + DialConfirmation.PANE_ID).tryQuery().isPresent());
        robot.clickOn(dialogButton(robot.lookup("#" + DialConfirmation.PANE_ID).queryAs(DialogPane.class), "Cancelar"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + DialConfirmation.PANE_ID).tryQuery()).isEmpty();
        assertThat(app.runtime().simulator().orElseThrow().requestCount("discar_numero")).isZero();
    }

    @Test
    void aHandedOverGarbageNumberExplainsWhyItCannotBeUsed() throws Exception {
        SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("abc")));

        FxWait.until(10, () -> robot.lookup("#" + DialConfirmation.PANE_ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + DialConfirmation.PANE_ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Não foi possível usar este número");
    }

    @Test
    void aLaunchFromTheMenuBringsTheMinimisedWindowBack() throws Exception {
        Stage stage = (Stage) robot.lookup("#statusBar").query().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> stage.setIconified(true)).get();
        assertThat(stage.isIconified()).isTrue();

        Optional<SingleInstance> second = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty()));

        assertThat(second).as("the second launch steps aside").isEmpty();
        FxWait.until(10, () -> !stage.isIconified());
        assertThat(robot.lookup("#" + DialConfirmation.PANE_ID).tryQuery()).as("no number, no question").isEmpty();
    }

    /** The dialog's own button: the pages behind it have buttons with the same words. */
    private javafx.scene.control.Button dialogButton(DialogPane pane, String text) {
        return robot.from(pane).lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    /** What the second launch sends: the number as its command line read it from the link. */
    private static final class CommandLineNumber {
        static String of(String link) throws UsageException {
            return new CommandLine(br.com.jttelecom.console.i18n.Messages.portuguese()).parse(link).dial().orElseThrow();
        }
    }
}
