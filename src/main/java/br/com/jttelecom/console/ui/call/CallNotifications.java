package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.InboundRing;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * The desktop notifications of the agent's workspace: the inbound screen-pop (a click opens the
 * caller's card, or the new-lead form for an unknown number), a callback falling due, and the
 * auto-pause. Shown over the window of {@code owner}.
 */
final class CallNotifications {

    /** A ring lasts about this long: the pop-up stays up while the phone rings. */
    private static final Duration RING = Duration.seconds(20);

    private final Messages messages;
    private final Node owner;

    CallNotifications(Messages messages, Node owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The screen-pop; {@code open} is what a click on it (or on its button) does. */
    void screenPop(InboundRing ring, Runnable open) {
        String text = ring.knownLead()
                ? messages.get("call.inbound.known", ring.leadName(), ring.displayNumber())
                : messages.get("call.inbound.unknown", ring.displayNumber());
        String button = messages.get(ring.knownLead() ? "call.inbound.openCard" : "call.inbound.createLead");
        Notifications.create().title(messages.get("call.inbound.title")).text(text).owner(owner).hideAfter(RING)
                .onAction(e -> open.run())
                .action(new Action(button, e -> open.run()))
                .showInformation();
    }

    void callbackDue(String text) {
        Notifications.create().title(messages.get("callbacks.due.title")).text(text).owner(owner).showInformation();
    }

    /** The auto-pause told the agent why they are out of the queue, and how to come back. */
    void autoPause(String text) {
        Notifications.create().title(messages.get("operator.autoPause.title")).text(text).owner(owner)
                .hideAfter(Duration.INDEFINITE).showWarning();
    }

    /** A PBX action that was refused or failed: the same sentence as next to the button, for an agent looking away. */
    void failure(String sentence) {
        br.com.jttelecom.console.ui.fx.FailureNotice.show(owner, messages, sentence);
    }
}
