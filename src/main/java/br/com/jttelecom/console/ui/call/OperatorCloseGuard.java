package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.fx.CloseGuard;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Closing while logged in to the PBX queue asks whether to log out first (or the PBX keeps routing calls). */
public final class OperatorCloseGuard implements CloseGuard {

    private final OperatorViewModel operator;
    private final Messages messages;

    public OperatorCloseGuard(OperatorViewModel operator, Messages messages) {
        this.operator = operator;
        this.messages = messages;
    }

    @Override
    public boolean mayClose(Window owner, Runnable closeNow) {
        if (!operator.loggedIn()) {
            return true;
        }
        ButtonType logout = new ButtonType(messages.get("operator.close.logout"), ButtonBar.ButtonData.YES);
        ButtonType stay = new ButtonType(messages.get("operator.close.stay"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("operator.close.content"), logout, stay,
                cancel);
        OwnedDialogs.prepare(alert, owner);
        alert.setTitle(messages.get("operator.close.title"));
        alert.setHeaderText(messages.get("operator.close.header"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == stay) {
            return true;
        }
        if (answer == logout) {
            operator.logoutThen(closeNow); // the logout runs off the UI thread; the window closes after it
        }
        return false;
    }
}
