package br.com.jttelecom.console.ui.diagnostics;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.connection.Diagnostics;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The "Diagnóstico" page: the figures of {@link Diagnostics}, as text, refreshed on demand. */
public final class DiagnosticsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Diagnostics diagnostics;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper pbx = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper circuit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper callsInProgress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper limiterWaits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper retryAfterWaits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Diagnostics.ActionFigures> actions = FXCollections.observableArrayList();

    public DiagnosticsViewModel(Diagnostics diagnostics, TaskRunner tasks, Messages messages, ZoneId zone) {
        this.diagnostics = diagnostics;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
    }

    public void refresh() {
        busy.set(true);
        tasks.run(diagnostics::report, this::show, e -> {
            busy.set(false);
            problem.set(messages.get("diagnostics.failed") + " " + ErrorSentences.detail(e, messages));
        });
    }

    private void show(Diagnostics.Report r) {
        busy.set(false);
        problem.set("");
        String state = messages.get("diagnostics.state." + r.connection().state().name().toLowerCase(Locale.ROOT));
        pbx.set(r.connection().lastLatency()
                .map(l -> messages.get("diagnostics.pbxWithLatency", state, l.toMillis())).orElse(state));
        circuit.set(r.circuit().map(c -> messages.get("diagnostics.circuit." + c.toLowerCase(Locale.ROOT)))
                .orElse(messages.get("diagnostics.none")));
        lastSync.set(r.lastSync().map(t -> TIME.format(t.atZone(zone))).orElse(messages.get("diagnostics.never")));
        callsInProgress.set(Integer.toString(r.callsInProgress()));
        limiterWaits.set(r.waits().map(w -> waits(w.limiterWaits(), w.limiterWaited()))
                .orElse(messages.get("diagnostics.none")));
        retryAfterWaits.set(r.waits().map(w -> waits(w.retryAfterWaits(), w.retryAfterWaited()))
                .orElse(messages.get("diagnostics.none")));
        actions.setAll(r.actions());
    }

    /** The count and the total time, as /metrics has them ({@code _count} and {@code _sum} in seconds). */
    private String waits(long count, Duration total) {
        return messages.get("diagnostics.waits", count,
                String.format(messages.locale(), "%.1f", total.toMillis() / 1000.0));
    }

    /** An action's errors by kind, in words: "fora do ar: 2, limite de requisições (429): 1". */
    public String errorKinds(Diagnostics.ActionFigures figures) {
        return figures.errorsByKind().entrySet().stream()
                .map(e -> kind(e.getKey()) + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private String kind(String type) {
        return messages.bundle().containsKey("diagnostics.errorKind." + type)
                ? messages.get("diagnostics.errorKind." + type) : type;
    }

    /** p95 as the page shows it. */
    public static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    public ReadOnlyStringProperty pbxProperty() {
        return pbx.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty circuitProperty() {
        return circuit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callsInProgressProperty() {
        return callsInProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty limiterWaitsProperty() {
        return limiterWaits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retryAfterWaitsProperty() {
        return retryAfterWaits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Diagnostics.ActionFigures> actions() {
        return actions;
    }
}
