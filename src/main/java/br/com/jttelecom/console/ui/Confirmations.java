package br.com.jttelecom.console.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** OK/Cancel questions before something that cannot be undone (a delete, a certificate pin). */
public final class Confirmations {

    private Confirmations() {
    }

    /** Asks over the window of {@code anchor}; runs {@code action} only when the person chose OK. */
    public static void confirm(Node anchor, String question, Runnable action) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(anchor.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> action.run());
    }
}
