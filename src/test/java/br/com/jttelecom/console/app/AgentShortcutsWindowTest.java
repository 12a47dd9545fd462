package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.ui.fx.Shortcuts;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The agent's keyboard: every desk action in the "Atendimento" menu with its shortcut, working from any page. */
class AgentShortcutsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        SignIn.as(robot, "agente", "agente123");
    }

    private Menu agentMenu() {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuAgent".equals(m.getId())).findFirst().orElseThrow();
    }

    private KeyCombination accelerator(String id) {
        return agentMenu().getItems().stream().filter(i -> ("menu-" + id).equals(i.getId())).findFirst()
                .map(MenuItem::getAccelerator).orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private String tooltip(String id) {
        return robot.lookup(id).queryAs(Control.class).getTooltip().getText();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void everyDeskActionIsInTheMenuWithTheShortcutItsButtonNames() throws Exception {
        assertThat(accelerator("search")).isEqualTo(Shortcuts.SEARCH);
        assertThat(accelerator("newlead")).isEqualTo(Shortcuts.NEW_LEAD);
        assertThat(accelerator("callselected")).isEqualTo(Shortcuts.CALL_SELECTED);
        assertThat(accelerator("dialclipboard")).isEqualTo(Shortcuts.DIAL_CLIPBOARD);
        assertThat(accelerator("pause")).isEqualTo(Shortcuts.PAUSE);
        assertThat(accelerator("unpause")).isEqualTo(Shortcuts.UNPAUSE);
        assertThat(accelerator("callercard")).isEqualTo(Shortcuts.CALLER_CARD);

        assertThat(tooltip("#leadSearch")).endsWith("(" + Shortcuts.SEARCH.getDisplayText() + ")");
        assertThat(tooltip("#newButton")).endsWith("(" + Shortcuts.NEW_LEAD.getDisplayText() + ")");
        assertThat(tooltip("#callButton")).endsWith("(" + Shortcuts.CALL_SELECTED.getDisplayText() + ")");
        assertThat(tooltip("#clipboardButton")).endsWith("(" + Shortcuts.DIAL_CLIPBOARD.getDisplayText() + ")");
        assertThat(tooltip("#pauseButton")).endsWith("(" + Shortcuts.PAUSE.getDisplayText() + ")");
        assertThat(tooltip("#unpauseButton")).endsWith("(" + Shortcuts.UNPAUSE.getDisplayText() + ")");
        assertThat(tooltip("#callerCardButton")).endsWith("(" + Shortcuts.CALLER_CARD.getDisplayText() + ")");
        // The dispositions are the admin's (seeded with the three of before and their shortcuts): on their buttons.
        FxWait.until(10, () -> robot.lookup("#disposition-1").tryQuery().isPresent());
        assertThat(robot.lookup("#disposition-1").queryButton().getText())
                .isEqualTo("Produtiva (" + KeyCombination.valueOf("Shortcut+1").getDisplayText() + ")");
    }

    @Test
    void searchFromAnotherPageBringsTheLeadsPageWithTheKeyboardInTheSearchField() {
        robot.clickOn("#nav-history");
        robot.push((KeyCodeCombination) Shortcuts.SEARCH);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-leads").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#leadSearch").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void pauseAndResumeFromTheKeyboardReachThePbx() throws Exception {
        var sim = console.runtime().simulator().orElseThrow();
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));

        robot.push((KeyCodeCombination) Shortcuts.PAUSE);
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: pausado (Almoço)"));
        robot.push((KeyCodeCombination) Shortcuts.UNPAUSE);
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));
        assertThat(sim.requestCount("pausar_operador")).isEqualTo(1);
        assertThat(sim.requestCount("despausar_operador")).isEqualTo(1);
    }

    @Test
    void theCallersCardShortcutOffersANewLeadForAnUnknownNumberAndTheCallGoesWithIt() throws Exception {
        String number = "(11) 3000-0001";
        assertThat(console.runtime().leads().findByPhone("1130000001")).as("not a demo lead").isEmpty();
        robot.clickOn("#dialField").write(number);
        robot.clickOn("#dialButton");
        FxWait.until(10, () -> number.equals(text("#numberLabel")));
        assertThat(robot.lookup("#callerCardButton").queryButton().getText()).isEqualTo("Criar lead");

        robot.push((KeyCodeCombination) Shortcuts.CALLER_CARD);
        FxWait.until(10, () -> robot.lookup("#leadFormPhones").tryQuery().isPresent());
        assertThat(robot.lookup("#leadFormPhones").queryAs(TextArea.class).getText()).isEqualTo(number);
        robot.clickOn("#leadFormName").write("Padaria Nova");
        robot.clickOn("#leadFormSave");

        FxWait.until(10, () -> console.runtime().leads().findByPhone("1130000001").isPresent());
        long leadId = console.runtime().leads().findByPhone("1130000001").orElseThrow().id();
        long callId = console.runtime().calls().orElseThrow().tracker().current().get(0).callId();
        FxWait.until(10, () -> leadOfCall(callId) != null);
        assertThat(leadOfCall(callId)).as("the call in progress went with the new lead").isEqualTo(leadId);
        assertThat(robot.lookup("#nav-leads").queryAs(ToggleButton.class).isSelected()).isTrue();
        FxWait.until(10, () -> "Padaria Nova".equals(text("#callerLabel")));
        assertThat(robot.lookup("#callerCardButton").queryButton().getText()).isEqualTo("Abrir ficha");
    }

    private Long leadOfCall(long callId) {
        return new br.com.jttelecom.console.store.calls.CallRepository(console.runtime().database().jdbi()).findById(callId)
                .orElseThrow().leadId();
    }
}
