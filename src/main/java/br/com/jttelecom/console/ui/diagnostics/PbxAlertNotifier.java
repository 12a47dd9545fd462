package br.com.jttelecom.console.ui.diagnostics;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows a desktop notification when the PBX becomes unreachable and again when it is back. */
public final class PbxAlertNotifier implements Consumer<ReachabilityAlerts.Alert> {

    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<Node> owner;

    public PbxAlertNotifier(Messages messages, TaskRunner tasks, Supplier<Node> owner) {
        this.messages = messages;
        this.tasks = tasks;
        this.owner = owner;
    }

    @Override
    public void accept(ReachabilityAlerts.Alert alert) {
        // Checks run on the scheduler: the notification is drawn on the FX thread.
        tasks.onUiThread(() -> {
            Node node = owner.get();
            if (node == null || node.getScene() == null) {
                return;
            }
            Notifications n = Notifications.create().owner(node).hideAfter(Duration.seconds(8));
            if (alert == ReachabilityAlerts.Alert.UNREACHABLE) {
                n.title(messages.get("diagnostics.alert.down.title")).text(messages.get("diagnostics.alert.down.text"))
                        .showWarning();
            } else {
                n.title(messages.get("diagnostics.alert.back.title")).text(messages.get("diagnostics.alert.back.text"))
                        .showInformation();
            }
        });
    }
}
