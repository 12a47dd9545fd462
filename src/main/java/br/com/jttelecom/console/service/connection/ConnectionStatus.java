package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.i18n.Localized;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A snapshot of the PBX connection for the status bar and the connection page. */
public record ConnectionStatus(
        ConnectionState state,
        Optional<Duration> lastLatency,
        Optional<Instant> lastCheck,
        Optional<Localized> problem) {

    public static ConnectionStatus checking() {
        return new ConnectionStatus(ConnectionState.CHECKING, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
