package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.operator.AutoPause;
import br.com.jttelecom.console.service.operator.OperatorControl;
import br.com.jttelecom.console.service.operator.OperatorStatus;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Operator controls: login/logout, pause with a reason, unpause, and the state with its time. */
public final class OperatorViewModel implements AutoPause.Listener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OperatorViewModel.class);

    private final Messages messages;
    private final OperatorControl control;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<OperatorState> state = new ReadOnlyObjectWrapper<>(OperatorState.LOGGED_OUT);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loggedIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedReason = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private OperatorStatus status;

    public OperatorViewModel(Messages messages, OperatorControl control, TaskRunner tasks, Clock clock) {
        this.messages = messages;
        this.control = control;
        this.tasks = tasks;
        this.clock = clock;
        control.addListener(s -> tasks.onUiThread(() -> show(s)));
        control.addPauseRefusedListener(problem -> tasks.onUiThread(
                () -> fail(messages.get("operator.pending.refused", problem.in(messages)))));
        show(control.status());
        tasks.run(control::pauseReasons, this::showReasons, e -> errorText.set(ErrorSentences.of(e, messages)));
        // The PBX may have this operator logged in or paused already; the listener above shows it.
        tasks.run(control::adoptPbxState, adopted -> { }, e -> LOG.info("Operator state at the PBX not read: {}", e.toString()));
    }

    private void showReasons(List<String> list) {
        reasons.setAll(list);
        if (selectedReason.get() == null && !list.isEmpty()) {
            selectedReason.set(list.get(0));
        }
    }

    /** Logs in; a missing operator link comes back as a sentence shown where errors are. */
    public void login() {
        act(() -> control.login().map(n -> n.in(messages)).orElse(null));
    }

    public void logout() {
        act(() -> {
            control.logout();
            return null;
        });
    }

    public void pause() {
        String reason = selectedReason.get();
        if (reason == null) {
            return;
        }
        act(() -> {
            control.pause(reason);
            return null;
        });
    }

    public void unpause() {
        act(() -> {
            control.unpause();
            return null;
        });
    }

    private void act(Callable<String> work) {
        busy.set(true);
        errorText.set("");
        tasks.run(work, notice -> {
            busy.set(false);
            errorText.set(notice == null ? "" : notice);
        }, e -> {
            busy.set(false);
            fail(messages.get("operator.error", ErrorSentences.detail(e, messages)));
        });
    }

    /** A refused or failed action: said under the buttons and as a notification, the same sentence. */
    private void fail(String sentence) {
        errorText.set(sentence);
        failure.set(null);
        failure.set(sentence);
    }

    /** Refreshes the time in state; the view's timeline calls it every second. */
    public void tick() {
        if (status == null) {
            return;
        }
        String name = messages.get("operator.state." + status.state().name());
        String time = Durations.format(status.timeIn(clock.instant()));
        if (status.state() == OperatorState.LOGGED_OUT) {
            stateText.set(name);
            return;
        }
        stateText.set(status.state() == OperatorState.PAUSED && status.reason() != null
                ? messages.get("operator.pausedReason", name, status.reason(), time)
                : messages.get("operator.timeInState", name, time));
    }

    private void show(OperatorStatus s) {
        status = s;
        state.set(s.state());
        loggedIn.set(s.loggedIn());
        paused.set(s.pausedAtPbx()); // a call made during a pause leaves Retomar on offer
        pendingText.set(s.pendingPause() != null ? messages.get("operator.pending", s.pendingPause())
                : s.callDuringPause() ? messages.get("operator.pauseGoesOn", s.reason()) : "");
        tick();
    }

    public ReadOnlyObjectProperty<OperatorState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stateTextProperty() { return stateText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pendingTextProperty() { return pendingText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorTextProperty() { return errorText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loggedInProperty() { return loggedIn.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObservableList<String> reasons() { return reasons; }
    public ObjectProperty<String> selectedReasonProperty() { return selectedReason; }

    @Override
    public void autoPaused(String reason, int unansweredRings) {
        tasks.onUiThread(() -> announce(messages.get("operator.autoPause.done", unansweredRings, reason)));
    }

    @Override
    public void autoPauseFailed(String reason, br.com.jttelecom.console.i18n.Localized problem) {
        tasks.onUiThread(() -> announce(messages.get("operator.autoPause.failed", problem.in(messages))));
    }

    private void announce(String text) {
        notice.set(null);
        notice.set(text);
    }

    /** A sentence the view shows as a notification (the auto-pause, which the agent did not ask for). */
    public ReadOnlyObjectProperty<String> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The sentence of each refused or failed queue action, for the view to show as a notification too. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Whether closing the app should ask about logging out of the PBX. */
    public boolean loggedIn() {
        return loggedIn.get();
    }

    /** Logs out off the UI thread, then runs {@code then} (on the UI thread) whatever the PBX said. */
    public void logoutThen(Runnable then) {
        tasks.run(() -> {
            control.logout();
            return null;
        }, ok -> then.run(), e -> then.run());
    }
}
