package br.com.jttelecom.console.ui;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.connection.ConnectionStatus;

import java.time.Duration;

/** Turns a connection snapshot into the one sentence the status bar shows. */
public final class StatusTexts {

    private final Messages messages;

    public StatusTexts(Messages messages) {
        this.messages = messages;
    }

    public String connection(ConnectionStatus status) {
        String latency = status.lastLatency().map(this::latency).orElse("");
        return switch (status.state()) {
            case CHECKING -> messages.get("status.connection.checking");
            case DEMO -> messages.get("status.connection.demo", latency);
            case ONLINE -> messages.get("status.connection.online", latency);
            case OFFLINE -> messages.get("status.connection.offline");
        };
    }

    public String latency(Duration latency) {
        return messages.get("status.latency", latency.toMillis());
    }
}
