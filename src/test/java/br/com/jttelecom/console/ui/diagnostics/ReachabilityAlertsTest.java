package br.com.jttelecom.console.ui.diagnostics;

import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static br.com.jttelecom.console.ui.diagnostics.ReachabilityAlerts.Alert.BACK;
import static br.com.jttelecom.console.ui.diagnostics.ReachabilityAlerts.Alert.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;

class ReachabilityAlertsTest {

    private final List<ReachabilityAlerts.Alert> shown = new ArrayList<>();
    private final ReachabilityAlerts alerts = new ReachabilityAlerts(shown::add);

    private void feed(ConnectionState... states) {
        for (ConnectionState s : states) {
            alerts.accept(new ConnectionStatus(s, Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void goingDownAndComingBackNotifiesOnceEach() {
        feed(ConnectionState.CHECKING, ConnectionState.ONLINE, ConnectionState.OFFLINE, ConnectionState.OFFLINE,
                ConnectionState.OFFLINE, ConnectionState.ONLINE, ConnectionState.ONLINE);
        assertThat(shown).containsExactly(UNREACHABLE, BACK);
    }

    @Test
    void aHealthyStartSaysNothing() {
        feed(ConnectionState.CHECKING, ConnectionState.DEMO, ConnectionState.DEMO);
        assertThat(shown).isEmpty();
    }

    @Test
    void aStartWithThePbxDownSaysSoAtOnce() {
        feed(ConnectionState.CHECKING, ConnectionState.OFFLINE, ConnectionState.OFFLINE, ConnectionState.ONLINE);
        assertThat(shown).containsExactly(UNREACHABLE, BACK);
    }
}
