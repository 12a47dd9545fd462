package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.DueCallback;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The callback reminders' pop-ups on the panel. Which callbacks fall due, and for whom, is the service's
 * ({@code service.calls.CallbackReminders}); this asks it off the UI thread and says each one as a sentence.
 */
final class CallbackReminderViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallbackReminderViewModel.class);

    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;
    private final UnaryOperator<String> displayNumber;
    /** The signed-in person's callbacks due by then and not announced before (each falls due once for its owner). */
    private final Function<Instant, List<DueCallback>> dueCallbacks;
    private final ReadOnlyObjectWrapper<DueCallback> callbackDue = new ReadOnlyObjectWrapper<>();

    CallbackReminderViewModel(Messages messages, Function<Instant, List<DueCallback>> dueCallbacks, TaskRunner tasks,
                              Clock clock, UnaryOperator<String> displayNumber) {
        this.messages = messages;
        this.dueCallbacks = dueCallbacks;
        this.tasks = tasks;
        this.clock = clock;
        this.displayNumber = displayNumber;
    }

    /** Announces callbacks that fell due since the last check; the view calls it once a minute. */
    void checkCallbacks() {
        Instant now = clock.instant();
        tasks.run(() -> dueCallbacks.apply(now), due -> due.forEach(callbackDue::set),
                // Asked again at the next minute's check; nothing is marked as announced until it shows.
                e -> LOG.warn("due callbacks could not be read: {}", e.toString()));
    }

    /** The reminder's sentence: who, and the number as people read it ({@code (48) 99016-9921}). */
    String reminderText(DueCallback due) {
        return messages.get("callbacks.due.text", due.leadName() == null ? "" : due.leadName(),
                due.phoneNumber() == null ? "" : displayNumber.apply(due.phoneNumber()));
    }

    /** Each callback as it falls due, for the view's pop-up. */
    ReadOnlyObjectProperty<DueCallback> callbackDueProperty() {
        return callbackDue.getReadOnlyProperty();
    }
}
