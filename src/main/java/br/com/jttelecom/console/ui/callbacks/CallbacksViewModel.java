package br.com.jttelecom.console.ui.callbacks;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialTarget;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The "Retornos" page: the agent's callbacks due today or overdue, each one click from a dial. */
public final class CallbacksViewModel {

    /** Today's later callbacks are listed too, so the agent sees the afternoon coming. */
    static final Duration LOOK_AHEAD = Duration.ofHours(12);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final Messages messages;
    private final CallNotes callbacks;
    private final ClickToCall clickToCall;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final UnaryOperator<String> displayNumber;
    private final ObservableList<CallbackRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canDial;
    private final StringBinding dialOffReason;

    /** @param pbxDown true while the PBX cannot be reached: the dial buttons are off (the list still shows) */
    public CallbacksViewModel(Messages messages, CallNotes callbacks, ClickToCall clickToCall, TaskRunner tasks,
                              Clock clock, ZoneId zone, UnaryOperator<String> displayNumber, ObservableBooleanValue pbxDown) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.clickToCall = clickToCall;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        this.displayNumber = displayNumber;
        this.canDial = Bindings.createBooleanBinding(() -> !pbxDown.get(), pbxDown);
        this.dialOffReason = Bindings.createStringBinding(() -> pbxDown.get() ? messages.get("leads.call.pbxDown") : "",
                pbxDown);
    }

    public void refresh() {
        Instant now = clock.instant();
        tasks.run(() -> callbacks.callbacksDue(now.plus(LOOK_AHEAD)).stream()
                .map(c -> new CallbackRow(c.id(), c.leadId(), c.leadName() == null ? "" : c.leadName(), c.phoneNumber(),
                        displayNumber.apply(c.phoneNumber()),
                        WHEN.format(c.dueAt().atZone(zone)) + (c.dueAt().isBefore(now) ? " · " + messages.get("callbacks.overdue") : ""),
                        c.dueAt().isBefore(now)))
                .toList(), this::show, e -> message.set(ErrorSentences.of(e, messages)));
    }

    private void show(List<CallbackRow> list) {
        rows.setAll(list); // an empty list is said by the table itself (its placeholder)
        message.set("");
    }

    /** Dials the callback's number for its lead; a started dial marks the callback done. */
    public void dial(CallbackRow row) {
        if (!canDial.get()) {
            return;
        }
        clickToCall.dial(new DialTarget(row.number(), row.leadId(), row.lead().isEmpty() ? null : row.lead(), null))
                .thenAccept(r -> {
                    if (r.started()) {
                        callbacks.callbackDone(row.id());
                        tasks.onUiThread(this::refresh);
                    } else {
                        tasks.onUiThread(() -> message.set(r.message()));
                    }
                });
    }

    public BooleanBinding canDialProperty() {
        return canDial;
    }

    /** Why the dial buttons are off ("" while they are on). */
    public StringBinding dialOffReasonProperty() {
        return dialOffReason;
    }

    public ObservableList<CallbackRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
