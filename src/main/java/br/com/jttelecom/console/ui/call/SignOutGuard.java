package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.fx.CloseGuard;
import java.util.ArrayList;
import java.util.List;
import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * "Encerrar sessão" during a call or while logged in to the PBX queue asks first, as quitting does: the call goes
 * on at the extension but leaves this console, and the queue keeps sending calls to someone who has gone.
 */
public final class SignOutGuard implements CloseGuard {

    private final CallPanelViewModel panel;
    private final OperatorViewModel operator;
    private final Messages messages;

    public SignOutGuard(CallPanelViewModel panel, OperatorViewModel operator, Messages messages) {
        this.panel = panel;
        this.operator = operator;
        this.messages = messages;
    }

    /** @param signOutNow signs out; called later (after the PBX logout) when this returns {@code false} */
    @Override
    public boolean mayClose(Window owner, Runnable signOutNow) {
        boolean inCall = panel.liveProperty().get();
        boolean inQueue = operator.loggedIn();
        if (!inCall && !inQueue) {
            return true;
        }
        ButtonType logout = new ButtonType(messages.get("operator.signOut.logout"), ButtonBar.ButtonData.YES);
        ButtonType stay = new ButtonType(messages.get(inQueue ? "operator.signOut.stay" : "operator.signOut.confirm"),
                ButtonBar.ButtonData.NO);
        // Our own "Cancelar": JavaFX's follows the system's language, not the console's.
        ButtonType cancel = new ButtonType(messages.get("operator.signOut.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (inQueue) {
            buttons.add(logout);
        }
        buttons.add(stay);
        buttons.add(cancel);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get(inCall ? "operator.signOut.content.call" : "operator.signOut.content.queue"),
                buttons.toArray(ButtonType[]::new));
        OwnedDialogs.prepare(alert, owner); // owned, not modal: a modal dialog un-maximized the window (GTK)
        alert.setTitle(messages.get("operator.signOut.title"));
        alert.setHeaderText(messages.get(inCall ? "operator.signOut.header.call" : "operator.signOut.header.queue"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == stay) {
            return true;
        }
        if (answer == logout) {
            operator.logoutThen(signOutNow); // the logout runs off the UI thread; the sign-out follows it
        }
        return false;
    }
}
