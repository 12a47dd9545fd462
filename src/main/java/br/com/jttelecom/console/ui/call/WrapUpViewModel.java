package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.Dispositions;
import br.com.jttelecom.console.service.operator.OperatorControl;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wrap-up after a call: the dispositions the admin configured (read again as each call ends, so a change
 * applies at the next call), the countdown of the wrap-up, and — when the setting requires it — the hold on the
 * next dial and on the return to the queue until the call's disposition is picked.
 */
public final class WrapUpViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WrapUpViewModel.class);

    private record Config(List<Disposition> dispositions, Dispositions.WrapUpRules rules) {
    }

    private final Messages messages;
    private final Dispositions source;
    private final CallPanelViewModel panel;
    private final OperatorViewModel operator;
    private final OperatorControl control;
    private final ClickToCall clickToCall;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ObservableList<Disposition> dispositions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper required = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper schedulable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper holdReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding holding;
    /** When the wrap-up's time is up, as the operator control last said (read off its lock, on its thread). */
    private Instant wrapUpEnds;
    /** What the click-to-call reads on any thread: the hold's sentence, or null. */
    private volatile String heldDials;

    public WrapUpViewModel(Messages messages, Dispositions source, CallPanelViewModel panel, OperatorViewModel operator,
                           OperatorControl control, ClickToCall clickToCall, TaskRunner tasks, Clock clock) {
        this.messages = messages;
        this.source = source;
        this.panel = panel;
        this.operator = operator;
        this.control = control;
        this.clickToCall = clickToCall;
        this.tasks = tasks;
        this.clock = clock;
        this.holding = required.and(panel.outcomeVisibleProperty());
        holding.addListener((obs, was, now) -> applyHold());
        panel.outcomeVisibleProperty().addListener((obs, was, now) -> {
            if (now) {
                load(); // the admin may have changed the list or the rules since the last call
            }
        });
        control.addListener(s -> {
            Instant ends = control.wrapUpEnds().orElse(null);
            tasks.onUiThread(() -> {
                wrapUpEnds = ends;
                tick();
            });
        });
        clickToCall.holdWhile(() -> heldDials);
        load();
    }

    /** Reads the active dispositions and the wrap-up rules. */
    public void load() {
        tasks.run(() -> new Config(source.active(), source.rules()), c -> {
            problem.set("");
            dispositions.setAll(c.dispositions());
            schedulable.set(c.dispositions().stream().anyMatch(d -> d.group() == Outcome.SCHEDULED));
            required.set(c.rules().dispositionRequired());
        }, e -> {
            LOG.warn("Dispositions not read: {}", e.toString());
            problem.set(messages.get("wrapup.loadFailed"));
        });
    }

    /** The agent picked one (button or shortcut): only while the panel asks for the call's disposition. */
    public void choose(Disposition disposition) {
        if (panel.outcomeVisibleProperty().get()) {
            panel.chooseDisposition(disposition);
        }
    }

    /** Refreshes the countdown; the panel's timeline calls it every second. */
    public void tick() {
        if (operator.stateProperty().get() != OperatorState.WRAP_UP || wrapUpEnds == null) {
            countdown.set("");
            return;
        }
        Duration left = Duration.between(clock.instant(), wrapUpEnds);
        if (!left.isPositive()) {
            countdown.set(holding.get() ? messages.get("wrapup.countdown.held") : messages.get("wrapup.countdown",
                    Durations.format(Duration.ZERO)));
            return;
        }
        // Whole seconds, rounded up: the count reads 0:01 until the very end, never 0:00 while time is left.
        long seconds = (left.toMillis() + 999) / 1000;
        countdown.set(messages.get("wrapup.countdown", Durations.format(Duration.ofSeconds(seconds))));
    }

    private void applyHold() {
        boolean on = holding.get();
        String reason = on ? messages.get("wrapup.required.reason") : "";
        holdReason.set(reason);
        heldDials = on ? reason : null;
        control.holdWrapUp(on);
        tick();
    }

    /** At sign-out: dials are no longer held for this desk, and the wrap-up ends by its clock. */
    public void dispose() {
        clickToCall.holdWhile(null);
        control.holdWrapUp(false);
    }

    public ObservableList<Disposition> dispositions() { return dispositions; }
    /** Whether an "agendada" disposition is offered: the callback date and time fields show only then. */
    public ReadOnlyBooleanProperty schedulableProperty() { return schedulable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty requiredProperty() { return required.getReadOnlyProperty(); }
    /** {@code Pós-atendimento: 0:25}, empty outside the wrap-up. */
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    /** True while the next dial and the return to the queue wait for the disposition. */
    public ObservableBooleanValue holdingProperty() { return holding; }
    /** Why the dial and queue buttons are off, or empty. */
    public ReadOnlyStringProperty holdReasonProperty() { return holdReason.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
