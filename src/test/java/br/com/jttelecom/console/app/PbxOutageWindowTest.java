package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.ui.leads.LeadRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The PBX down (the simulator answers 503): the banner shows, and only what needs the PBX goes off,
 * saying why; leads, their cards, search and the callbacks list keep working.
 */
class PbxOutageWindowTest {

    private static final String WHY = "PABX fora do ar: ligações desativadas até a conexão voltar. "
            + "Leads, notas e histórico continuam funcionando.";


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsoleAndBreakThePbx() throws Exception {
        // A callback due now, for the Retornos page.
        var lead = console.runtime().leads().search("", 1).get(0).lead();
        new CallbackRepository(console.runtime().database().jdbi(), Clock.systemUTC())
                .schedule(null, lead.id(), lead.mainPhone(), Instant.now().minusSeconds(60));
        SignIn.as(robot, "agente", "agente123");
        FxWait.until(10, () -> table().getItems().size() == 200);

        console.runtime().simulator().orElseThrow().faults().httpError(503);
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        Node banner = robot.lookup("#pbxBanner").query();
        FxWait.until(10, banner::isVisible);
    }

    @AfterEach
    void stopConsole() throws Exception {
        console.runtime().simulator().orElseThrow().faults().clear();
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> table() {
        return robot.lookup("#leadsTable").queryAs(TableView.class);
    }

    @Test
    void theLeadsCallButtonsAreOffAndSayWhyWhileSearchAndCardsWork() throws Exception {
        assertThat(robot.lookup(".phone-button").queryAllAs(Button.class)).isNotEmpty().allMatch(Node::isDisabled);
        Button call = robot.lookup("#callButton").queryButton();
        LeadRow first = table().getItems().get(0);
        robot.clickOn(first.name());
        FxWait.until(10, () -> robot.lookup("#leadCardName").tryQuery().isPresent()); // the card opens off the FX thread
        Label name = robot.lookup("#leadCardName").queryAs(Label.class);
        FxWait.until(10, () -> first.name().equals(name.getText()));
        assertThat(call.isDisabled()).as("a lead is selected, but calling needs the PBX").isTrue();

        robot.moveTo(call);
        FxWait.until(10, () -> tooltipShowing(WHY));

        String surname = first.name().split(" ")[1];
        robot.clickOn("#leadSearch").write(surname);
        FxWait.until(10, () -> table().getItems().size() < 200);
        assertThat(menuItem("menu-callselected").isDisable()).isTrue();
        assertThat(menuItem("menu-dialclipboard").isDisable()).isTrue();
        assertThat(menuItem("menu-search").isDisable()).isFalse();
    }

    @Test
    void theCallbacksStayListedButTheirDialButtonsAreOff() throws Exception {
        robot.clickOn("#nav-callbacks");
        FxWait.until(10, () -> robot.lookup(".callback-dial").tryQuery().isPresent());
        Button dial = robot.lookup(".callback-dial").queryButton();
        assertThat(dial.isDisabled()).isTrue();
        robot.moveTo(dial);
        FxWait.until(10, () -> tooltipShowing(WHY));

        console.runtime().simulator().orElseThrow().faults().clear();
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, () -> !dial.isDisabled());
    }

    @Test
    void theNumberFieldTakesTypingWhileDiallingIsOff() throws Exception {
        javafx.scene.control.TextField field = robot.lookup("#dialField").queryAs(javafx.scene.control.TextField.class);
        assertThat(robot.lookup("#dialButton").queryButton().isDisabled()).isTrue();
        assertThat(field.isDisabled()).isFalse();
        assertThat(field.isEditable()).isTrue();

        robot.clickOn(field).write("48990169921");

        FxWait.until(10, () -> "48990169921".equals(field.getText()));
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private boolean tooltipShowing(String text) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w instanceof Tooltip t && text.equals(t.getText()));
    }
}
