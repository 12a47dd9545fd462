package br.com.jttelecom.console.ui.diagnostics;

import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import java.util.function.Consumer;

/**
 * Turns the connection monitor's stream of checks into the two moments worth a desktop
 * notification: the PBX became unreachable, and it is back. Repeated failures say nothing new,
 * and the first check of a start is not news either way.
 */
public final class ReachabilityAlerts implements Consumer<ConnectionStatus> {

    /** What to tell the person. */
    public enum Alert { UNREACHABLE, BACK }

    private final Consumer<Alert> sink;
    private Boolean lastReachable;

    public ReachabilityAlerts(Consumer<Alert> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void accept(ConnectionStatus status) {
        if (status.state() == ConnectionState.CHECKING) {
            return;
        }
        boolean reachable = status.state() != ConnectionState.OFFLINE;
        if (lastReachable != null && lastReachable != reachable) {
            sink.accept(reachable ? Alert.BACK : Alert.UNREACHABLE);
        } else if (lastReachable == null && !reachable) {
            // Down from the start: the person should know at once, not at the first recovery.
            sink.accept(Alert.UNREACHABLE);
        }
        lastReachable = reachable;
    }
}
