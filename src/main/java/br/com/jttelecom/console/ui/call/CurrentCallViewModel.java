package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.service.calls.CallPhase;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.CallTimesText;
import br.com.jttelecom.console.ui.Durations;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The call on the panel as the agent reads it: who, the number, the status in words, the timer and the talk,
 * wait and total figures. It only shows the call it is given; which call that is, the panel decides.
 */
final class CurrentCallViewModel {

    private final Messages messages;
    private final Clock clock;
    private final UnaryOperator<String> displayNumber;
    private final CallTimesText timesText;

    private final ReadOnlyBooleanWrapper hasCall = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper caller = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper callerKnown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper(Durations.format(Duration.ZERO));
    private final ReadOnlyStringWrapper times = new ReadOnlyStringWrapper("");
    private TrackedCall current;

    CurrentCallViewModel(Messages messages, Clock clock, UnaryOperator<String> displayNumber) {
        this.messages = messages;
        this.clock = clock;
        this.displayNumber = displayNumber;
        this.timesText = new CallTimesText(messages);
        statusText.set(messages.get("call.none"));
    }

    /** Shows {@code call}, a new one or the latest state of the same one. */
    void show(TrackedCall call) {
        current = call;
        hasCall.set(true);
        live.set(call.phase().isLive());
        caller.set(call.leadName() != null ? call.leadName() : messages.get("call.unknownCaller"));
        callerKnown.set(call.leadId() != null);
        number.set(call.number() == null ? "" : displayNumber.apply(call.number()));
        statusText.set(status(call));
    }

    /**
     * The timer counts the talk once the call was answered (the wait before that); talk, wait and total read as on
     * the call detail and the lead card, and once the call is final they are the PBX's figures, not this console's
     * clock.
     */
    void tick() {
        if (current != null) {
            CallTimes t = current.timesAt(clock.instant());
            boolean talked = current.answeredAt() != null || t.talkTime() != null && t.talkTime().isPositive();
            timerText.set(Durations.format(talked ? t.talkTime() : t.waitTime()));
            times.set(timesText.line(t));
        }
    }

    private String status(TrackedCall call) {
        String phase = messages.get("call.phase." + call.phase().name());
        if (call.phase() == CallPhase.ENDED && call.answeredAt() == null) {
            // Not answered: busy, no answer or refused; "encerrada" would be wrong until the history says which.
            return messages.get("call.phase.ENDED.checking");
        }
        if (call.phase() == CallPhase.FINAL && call.finalStatus() != null) {
            String s = messages.get("call.status." + call.finalStatus().code());
            return call.message() != null ? messages.get("call.status.final", s, call.message()) : s;
        }
        if (call.phase() == CallPhase.FINAL) {
            return messages.get("call.phase.FINAL.unknown"); // the PBX's history never listed it
        }
        return phase;
    }

    /** The call on the panel, or null. */
    TrackedCall call() { return current; }
    ReadOnlyBooleanProperty hasCallProperty() { return hasCall.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty liveProperty() { return live.getReadOnlyProperty(); }
    ReadOnlyStringProperty callerProperty() { return caller.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty callerKnownProperty() { return callerKnown.getReadOnlyProperty(); }
    ReadOnlyStringProperty numberProperty() { return number.getReadOnlyProperty(); }
    ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    ReadOnlyStringProperty timerTextProperty() { return timerText.getReadOnlyProperty(); }
    ReadOnlyStringProperty timesProperty() { return times.getReadOnlyProperty(); }
}
