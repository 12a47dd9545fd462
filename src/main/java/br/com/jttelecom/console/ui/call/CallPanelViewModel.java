package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.DueCallback;
import br.com.jttelecom.console.service.calls.InboundRing;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live call panel: takes the tracker's events (on any thread, hopped to the UI's), decides which call the
 * panel shows, and hands it to its parts: the dial bar, the current call, its notes and its outcome form, the
 * callback reminders and the lead-card requests. The view and the shortcuts use this one object.
 */
public final class CallPanelViewModel implements CallListener {

    private final TaskRunner tasks;
    private final DialBarViewModel dialBar;
    private final CurrentCallViewModel call;
    private final CallNotesViewModel notes;
    private final OutcomeFormViewModel outcome;
    private final CallbackReminderViewModel reminders;
    private final LeadCardRequests leadCards;
    private final ReadOnlyObjectWrapper<InboundRing> inboundRing = new ReadOnlyObjectWrapper<>();

    /** @param dueCallbacks the callbacks to announce now, each given once: the signed-in person's own */
    public CallPanelViewModel(Messages messages, ClickToCall clickToCall, CallNotes notesStore,
                              Function<Instant, List<DueCallback>> dueCallbacks, TaskRunner tasks,
                              Clock clock, ZoneId zone, UnaryOperator<String> displayNumber) {
        this.tasks = tasks;
        this.call = new CurrentCallViewModel(messages, clock, displayNumber);
        this.dialBar = new DialBarViewModel(messages, clickToCall, tasks);
        this.notes = new CallNotesViewModel(messages, notesStore, tasks);
        this.outcome = new OutcomeFormViewModel(messages, notesStore, tasks, clock, zone);
        this.reminders = new CallbackReminderViewModel(messages, dueCallbacks, tasks, clock, displayNumber);
        this.leadCards = new LeadCardRequests(displayNumber);
    }

    /** At sign-out: the long-lived click-to-call and notes store stop telling this panel (the next has its own). */
    public void dispose() {
        dialBar.dispose();
        notes.dispose();
    }

    // ---- tracker events (any thread) -----------------------------------------------------------------

    @Override
    public void callChanged(TrackedCall changed) {
        tasks.onUiThread(() -> show(changed));
    }

    @Override
    public void inboundRinging(InboundRing ring) {
        tasks.onUiThread(() -> inboundRing.set(ring));
    }

    private void show(TrackedCall changed) {
        TrackedCall current = call.call();
        boolean sameCall = current != null && current.callId() == changed.callId();
        if (!sameCall && current != null && current.phase().isLive() && !changed.phase().isLive()) {
            return; // an old call's late history must not push the live one off the panel
        }
        if (!sameCall) {
            outcome.newCall();
            notes.moveTo(changed.callId());
        }
        dialBar.callSeen(changed);
        call.show(changed);
        outcome.show(changed);
        call.tick();
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** Dials the typed number; the future is for tests, the properties tell the view. */
    public CompletableFuture<DialResult> dial() { return dialBar.dial(); }
    /** Dials what the clipboard holds (the view reads the clipboard; this stays testable). */
    public CompletableFuture<DialResult> dialClipboard(String clipboardText) {
        return dialBar.dialClipboard(clipboardText);
    }
    /** Stores the outcome; "agendada" needs the callback date and time. */
    public void chooseOutcome(Outcome chosen) { outcome.chooseOutcome(chosen); }
    /** Stores the configured disposition; one of the "agendada" group needs the callback date and time. */
    public void chooseDisposition(Disposition disposition) { outcome.chooseDisposition(disposition); }
    /** Notes field lost focus: save now rather than in 300 ms. */
    public void notesFocusLost() { notes.focusLost(); }
    /** Announces callbacks that fell due since the last check; the view calls it once a minute. */
    public void checkCallbacks() { reminders.checkCallbacks(); }
    /** The reminder's sentence: who, and the number as people read it ({@code (48) 99016-9921}). */
    public String reminderText(DueCallback due) { return reminders.reminderText(due); }
    /** Called every second by the view's timeline while a call is live: the timer and the times move on. */
    public void tick() { call.tick(); }
    /** "criar lead" for an unknown caller's number (pop-up or panel): whoever owns leads listens here. */
    public void requestCreateLead(String number) { leadCards.requestCreateLead(number); }
    /** "abrir ficha" of a known caller (pop-up or panel): whoever owns leads listens here. */
    public void requestOpenLead(long leadId) { leadCards.requestOpenLead(leadId); }
    /** The screen-pop's answer: the caller's card when the number is a lead's, else a new lead with it. */
    public void openCard(InboundRing ring) { leadCards.openCard(ring); }
    /** The card of whoever is on the panel's call (Ctrl+Shift+L); a new lead when the number is unknown. */
    public void openCaller() { leadCards.openCaller(call.call()); }

    // ---- properties --------------------------------------------------------------------------------

    public StringProperty dialTextProperty() { return dialBar.dialTextProperty(); }
    public ReadOnlyStringProperty dialMessageProperty() { return dialBar.dialMessageProperty(); }
    public ReadOnlyBooleanProperty dialingProperty() { return dialBar.dialingProperty(); }
    /** The PBX's sentence of each dial it refused or did not confirm, for the view to show as a notification too. */
    public ReadOnlyObjectProperty<String> dialFailureProperty() { return dialBar.dialFailureProperty(); }
    public ReadOnlyBooleanProperty hasCallProperty() { return call.hasCallProperty(); }
    public ReadOnlyBooleanProperty liveProperty() { return call.liveProperty(); }
    public ReadOnlyStringProperty callerProperty() { return call.callerProperty(); }
    /** Whether the panel's caller is a lead (the card button opens it) or not (it creates one). */
    public ReadOnlyBooleanProperty callerKnownProperty() { return call.callerKnownProperty(); }
    public ReadOnlyStringProperty numberProperty() { return call.numberProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return call.statusTextProperty(); }
    public ReadOnlyStringProperty timerTextProperty() { return call.timerTextProperty(); }
    /** {@code Conversa 1:10 · Espera 0:10 · Total 1:20}, the figures of the call detail and the lead card. */
    public ReadOnlyStringProperty timesProperty() { return call.timesProperty(); }
    public StringProperty notesProperty() { return notes.notesProperty(); }
    /** Empty while the notes are stored; otherwise why they are not (they stay typed and are tried again). */
    public ReadOnlyStringProperty notesProblemProperty() { return notes.notesProblemProperty(); }
    public ReadOnlyBooleanProperty outcomeVisibleProperty() { return outcome.outcomeVisibleProperty(); }
    public ReadOnlyStringProperty outcomeMessageProperty() { return outcome.outcomeMessageProperty(); }
    public ObjectProperty<LocalDate> callbackDateProperty() { return outcome.callbackDateProperty(); }
    public StringProperty callbackTimeProperty() { return outcome.callbackTimeProperty(); }
    public ReadOnlyObjectProperty<DueCallback> callbackDueProperty() { return reminders.callbackDueProperty(); }
    public ReadOnlyObjectProperty<InboundRing> inboundRingProperty() { return inboundRing.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> createLeadRequestProperty() { return leadCards.createLeadRequestProperty(); }
    public ReadOnlyObjectProperty<Long> openLeadRequestProperty() { return leadCards.openLeadRequestProperty(); }

    /** The call on the panel, or null. */
    public TrackedCall currentCall() { return call.call(); }
}
