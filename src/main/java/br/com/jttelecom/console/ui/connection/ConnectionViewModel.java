package br.com.jttelecom.console.ui.connection;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import br.com.jttelecom.console.ui.StatusTexts;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The "Conexão" page: which PBX the console talks to, how the last check went, and "Testar conexão". */
public final class ConnectionViewModel {

    private final Messages messages;
    private final StatusTexts statusTexts;
    private final ConnectionMonitor monitor;
    private final TaskRunner tasks;
    private final DateTimeFormatter timeFormat;
    private final Consumer<ConnectionStatus> listener = s -> tasksOnUi(s);

    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper baseUrl = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastCheck = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ConnectionViewModel(Messages messages, ConnectionMonitor monitor, TaskRunner tasks,
                               boolean demo, String pbxBaseUrl, String pbxUser, ZoneId zone) {
        this.messages = messages;
        this.statusTexts = new StatusTexts(messages);
        this.monitor = monitor;
        this.tasks = tasks;
        this.timeFormat = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", messages.locale()).withZone(zone);
        mode.set(messages.get(demo ? "connection.mode.demo" : "connection.mode.real"));
        baseUrl.set(pbxBaseUrl);
        user.set(pbxUser == null ? messages.get("status.user.none") : pbxUser);
        apply(monitor.status());
        monitor.addListener(listener);
    }

    public void testConnection() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> monitor.checkNow().get(), status -> {
            busy.set(false);
            apply(status);
        }, error -> {
            busy.set(false);
            problem.set(messages.get("connection.error.unexpected"));
        });
    }

    public void dispose() {
        monitor.removeListener(listener);
    }

    private void tasksOnUi(ConnectionStatus status) {
        tasks.onUiThread(() -> apply(status));
    }

    private void apply(ConnectionStatus status) {
        state.set(statusTexts.connection(status));
        latency.set(status.lastLatency().map(statusTexts::latency).orElse(messages.get("connection.none")));
        lastCheck.set(status.lastCheck().map(timeFormat::format).orElse(messages.get("connection.none")));
        problem.set(status.problem().map(p -> p.in(messages)).orElse(""));
    }

    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baseUrlProperty() {
        return baseUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastCheckProperty() {
        return lastCheck.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
