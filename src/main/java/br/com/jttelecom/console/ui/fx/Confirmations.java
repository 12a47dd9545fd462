package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** OK/Cancel questions before something that cannot be undone (a delete, a certificate pin). */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Asks over the window of {@code anchor}; runs {@code action} only when the person chose OK. Title and buttons
     * in the console's language: JavaFX's own follow the system's locale ("Confirmation", "Cancel" on C.UTF-8).
     */
    public static void confirm(Node anchor, Messages messages, String question, Runnable action) {
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ok, cancel);
        confirm.setTitle(messages.get("dialog.confirm.title"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("confirmation");
        OwnedDialogs.prepare(confirm, anchor.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ok).ifPresent(b -> action.run());
    }
}
