package br.com.jttelecom.console.ui.tray;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.RingOutcomes;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.call.OperatorViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;

/**
 * What the system-tray icon shows and offers, without any AWT: the agent's state, the inbound calls
 * that rang unanswered since the agent last looked (at the window or the history), and pause / resume.
 * Rings arrive on the tracker's thread and hop to the UI's.
 */
public final class TrayViewModel implements RingOutcomes.Listener {

    private final Messages messages;
    private final OperatorViewModel operator;
    private final TaskRunner tasks;
    private final ReadOnlyIntegerWrapper missed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missedText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canPause;
    private final BooleanBinding canUnpause;

    /** @param pbxDown true while the PBX cannot be reached: pausing needs it */
    public TrayViewModel(Messages messages, OperatorViewModel operator, TaskRunner tasks, ObservableBooleanValue pbxDown) {
        this.messages = messages;
        this.operator = operator;
        this.tasks = tasks;
        this.canPause = operator.loggedInProperty().and(operator.pausedProperty().not())
                .and(operator.busyProperty().not()).and(BooleanExpression.booleanExpression(pbxDown).not());
        this.canUnpause = operator.pausedProperty().and(operator.busyProperty().not()).and(BooleanExpression.booleanExpression(pbxDown).not());
        operator.stateProperty().addListener((obs, old, now) -> update());
        missed.addListener((obs, old, now) -> update());
        update();
    }

    @Override
    public void answered(TrackedCall call) {
        // An answered call is no news for the agent: the count is of the calls that rang unanswered.
    }

    @Override
    public void unanswered(TrackedCall call) {
        tasks.onUiThread(() -> missed.set(missed.get() + 1));
    }

    /** The agent looked (window focused, history opened, tray "Abrir"): the missed calls are known now. */
    public void seen() {
        missed.set(0);
    }

    /** Pauses with this reason (one of {@link #reasons()}), as the panel's "Pausar" would. */
    public void pause(String reason) {
        if (canPause.get()) {
            operator.selectedReasonProperty().set(reason);
            operator.pause();
        }
    }

    public void unpause() {
        if (canUnpause.get()) {
            operator.unpause();
        }
    }

    private void update() {
        String state = messages.get("operator.state." + operator.stateProperty().get().name());
        int n = missed.get();
        missedText.set(n == 0 ? "" : messages.get("tray.missed", n));
        tooltip.set(n == 0 ? messages.get("tray.tooltip", state) : messages.get("tray.tooltip.missed", state, missedText.get()));
    }

    public ReadOnlyIntegerProperty missedProperty() {
        return missed.getReadOnlyProperty();
    }

    /** "2 chamadas perdidas", or empty when none. */
    public ReadOnlyStringProperty missedTextProperty() {
        return missedText.getReadOnlyProperty();
    }

    /** "JT Console — disponível · 2 chamadas perdidas". */
    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperatorState> stateProperty() {
        return operator.stateProperty();
    }

    public ObservableList<String> reasons() {
        return operator.reasons();
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canUnpauseProperty() {
        return canUnpause;
    }

    /** The auto-pause's sentence, for a balloon when the window is out of sight. */
    public ReadOnlyObjectProperty<String> noticeProperty() {
        return operator.noticeProperty();
    }
}
