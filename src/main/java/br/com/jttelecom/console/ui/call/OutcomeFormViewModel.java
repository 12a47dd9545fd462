package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The outcome asked for once the panel's call ends: an outcome or a configured disposition, with the callback's
 * date and time for the "agendada" ones, stored once per call (the form goes away when it is).
 */
final class OutcomeFormViewModel {

    private final Messages messages;
    private final CallNotes store;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;

    private final ReadOnlyBooleanWrapper outcomeVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> callbackDate = new SimpleObjectProperty<>();
    private final StringProperty callbackTime = new SimpleStringProperty("");
    /** The call the form is for, or null before the first call. */
    private Long callId;
    private boolean outcomeSaved;

    OutcomeFormViewModel(Messages messages, CallNotes store, TaskRunner tasks, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
    }

    /** Another call came onto the panel: its outcome is still to be given. */
    void newCall() {
        outcomeSaved = false;
        outcomeMessage.set("");
    }

    /** The panel's call changed: the form shows once it is over, until its outcome is stored. */
    void show(TrackedCall call) {
        callId = call.callId();
        outcomeVisible.set(!call.phase().isLive() && !outcomeSaved);
    }

    /** Stores the outcome; "agendada" needs the callback date and time. */
    void chooseOutcome(Outcome outcome) {
        choose(outcome, messages.get("call.outcome." + outcome.name()), (id, at) -> store.setOutcome(id, outcome, at));
    }

    /** Stores the configured disposition; one of the "agendada" group needs the callback date and time. */
    void chooseDisposition(Disposition disposition) {
        choose(disposition.group(), disposition.name(), (id, at) -> store.setDisposition(id, disposition, at));
    }

    private void choose(Outcome group, String label, BiConsumer<Long, Instant> save) {
        if (callId == null || !outcomeVisible.get()) {
            return;
        }
        CallbackTime callback = null;
        if (group == Outcome.SCHEDULED) {
            callback = CallbackTime.of(callbackDate.get(), callbackTime.get(), zone);
            if (callback == null) {
                outcomeMessage.set(messages.get("call.outcome.needsDate"));
                return;
            }
            if (callback.notAfter(clock.instant())) {
                outcomeMessage.set(messages.get("call.outcome.callbackPast", callback.text()));
                return;
            }
        }
        long id = callId;
        Instant at = callback == null ? null : callback.at();
        String saved = callback == null ? messages.get("call.outcome.saved", label)
                : messages.get("call.outcome.savedCallback", label, callback.text());
        tasks.run(() -> {
            store.flush(id); // the notes typed so far are stored before the outcome
            save.accept(id, at);
            return group;
        }, ok -> {
            outcomeSaved = true;
            outcomeVisible.set(false);
            outcomeMessage.set(saved);
        }, e -> outcomeMessage.set(messages.get("call.outcome.failed", ErrorSentences.detail(e, messages))));
    }

    ReadOnlyBooleanProperty outcomeVisibleProperty() { return outcomeVisible.getReadOnlyProperty(); }
    ReadOnlyStringProperty outcomeMessageProperty() { return outcomeMessage.getReadOnlyProperty(); }
    ObjectProperty<LocalDate> callbackDateProperty() { return callbackDate; }
    StringProperty callbackTimeProperty() { return callbackTime; }
}
