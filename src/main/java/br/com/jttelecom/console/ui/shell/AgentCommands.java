package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.fx.Shortcuts;
import br.com.jttelecom.console.ui.call.CallPanelViewModel;
import br.com.jttelecom.console.ui.call.OperatorViewModel;
import br.com.jttelecom.console.ui.call.WrapUpViewModel;
import br.com.jttelecom.console.ui.leads.LeadsViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.Clipboard;

/**
 * The "Atendimento" menu: every agent action with its shortcut, off exactly when its button is.
 * Without a PBX client only the leads' commands exist.
 */
public final class AgentCommands {

    /** The call panel and the operator controls, when the console can reach a PBX. */
    public record Desk(CallPanelViewModel panel, OperatorViewModel operator, WrapUpViewModel wrapUp) {
    }

    private final Messages messages;

    private AgentCommands(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param page    the page on show (Ctrl+Enter calls the selected lead only while the leads page shows it)
     * @param desk    null without a PBX client
     * @param pbxDown true while the PBX cannot be reached
     */
    public static List<List<MenuCommand>> of(Messages messages, Consumer<NavPage> navigate, ObservableValue<NavPage> page,
                                             LeadsViewModel leads, Desk desk, ObservableBooleanValue pbxDown) {
        AgentCommands c = new AgentCommands(messages);
        List<List<MenuCommand>> groups = new ArrayList<>();
        BooleanBinding notOnLeads = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> page.getValue() != NavPage.LEADS, page);
        groups.add(List.of(
                c.command("search", Shortcuts.SEARCH, () -> {
                    navigate.accept(NavPage.LEADS);
                    leads.focusSearch();
                }, null),
                c.command("newLead", Shortcuts.NEW_LEAD, () -> {
                    navigate.accept(NavPage.LEADS);
                    leads.requestCreate("");
                }, null),
                c.command("callSelected", Shortcuts.CALL_SELECTED, leads::callSelected,
                        leads.canCallSelectedProperty().not().or(notOnLeads))));
        if (desk != null) {
            CallPanelViewModel panel = desk.panel();
            OperatorViewModel operator = desk.operator();
            groups.add(List.of(
                    c.command("dialClipboard", Shortcuts.DIAL_CLIPBOARD,
                            () -> panel.dialClipboard(Clipboard.getSystemClipboard().getString()),
                            panel.dialingProperty().or(BooleanExpression.booleanExpression(pbxDown))
                                    .or(desk.wrapUp().holdingProperty())),
                    c.command("callerCard", Shortcuts.CALLER_CARD, panel::openCaller, panel.hasCallProperty().not())));
            groups.add(List.of(
                    c.command("pause", Shortcuts.PAUSE, operator::pause, operator.loggedInProperty().not()
                            .or(operator.pausedProperty()).or(operator.busyProperty()).or(BooleanExpression.booleanExpression(pbxDown))),
                    c.command("unpause", Shortcuts.UNPAUSE, operator::unpause, operator.pausedProperty().not()
                            .or(operator.busyProperty()).or(BooleanExpression.booleanExpression(pbxDown))
                            .or(desk.wrapUp().holdingProperty()))));
            // The call's dispositions are the admin's: their shortcuts are on the panel's buttons and work from
            // any page (WrapUpPane puts them on the window), not in this fixed menu.
        }
        return groups;
    }

    private MenuCommand command(String id, javafx.scene.input.KeyCombination key, Runnable action,
                                ObservableBooleanValue disabled) {
        return new MenuCommand(id, messages.get("menu.agent." + id), key, action, disabled);
    }
}
