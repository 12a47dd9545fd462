package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.i18n.Messages;
import javafx.scene.Node;
import org.controlsfx.control.Notifications;

/**
 * A PBX action that was refused or failed, as a desktop notification over the window of {@code owner}: the
 * same sentence the page shows where the person acted, for someone who looked away while it was sent.
 */
public final class FailureNotice {

    private FailureNotice() {
    }

    /** Does nothing for {@code null} (a property cleared between two failures). */
    public static void show(Node owner, Messages messages, String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return;
        }
        Notifications.create().title(messages.get("call.failure.title")).text(sentence).owner(owner).showError();
    }
}
