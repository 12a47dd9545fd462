package br.com.jttelecom.console.ui.leads;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The leads page's short confirmations ("Lead salvo: …", "2 leads importados"), shown a few seconds over the window. */
final class LeadToasts {

    /** Long enough to read a short sentence; a toast never asks for a click. */
    static final Duration SHOWN = Duration.seconds(4);

    private LeadToasts() {
    }

    static void show(Node owner, String text) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null) {
            return; // the page is not on screen (a save finished after sign-out): nothing to show it over
        }
        Notifications.create().text(text).owner(owner).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN).showConfirm();
    }
}
