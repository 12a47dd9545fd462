package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.i18n.Messages;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
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
        // The answer may come after the person opened another page (the one that asked is out of the window) or
        // after the window closed (signed out, quitting): over the console's window then, or to nobody. The page
        // keeps the sentence in its own message either way.
        Optional<Window> window = windowOf(owner).or(FailureNotice::shownWindow);
        window.ifPresent(w -> Notifications.create().title(messages.get("call.failure.title")).text(sentence)
                .owner(w).showError());
    }

    private static Optional<Window> windowOf(Node node) {
        return Optional.ofNullable(node.getScene()).map(Scene::getWindow).filter(Window::isShowing);
    }

    /** The console's own window: the first stage showing (a notification's pop-up is no stage). */
    private static Optional<Window> shownWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst();
    }
}
