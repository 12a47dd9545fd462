package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.ui.CallTimesText;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.calls.CallPhase;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.DueCallback;
import br.com.jttelecom.console.service.calls.InboundRing;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live call panel: the dial field, the current call (who, number, status, timer), its notes saved
 * as typed, and the outcome once it ends. Tracker events arrive on any thread and hop to the UI's.
 */
public final class CallPanelViewModel implements CallListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallPanelViewModel.class);

    private final Messages messages;
    private final ClickToCall clickToCall;
    private final CallNotes notesStore;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final UnaryOperator<String> displayNumber;
    private final CallTimesText timesText;

    private final StringProperty dialText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dialMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> dialFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dialing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasCall = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper caller = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper(Durations.format(Duration.ZERO));
    private final ReadOnlyStringWrapper times = new ReadOnlyStringWrapper("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper outcomeVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notesProblem = new ReadOnlyStringWrapper("");
    private final CallNotes.SaveListener notesSaves;
    private final ObjectProperty<LocalDate> callbackDate = new SimpleObjectProperty<>();
    private final StringProperty callbackTime = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<InboundRing> inboundRing = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyObjectWrapper<String> createLeadRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> openLeadRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper callerKnown = new ReadOnlyBooleanWrapper();

    private final ReadOnlyObjectWrapper<DueCallback> callbackDue = new ReadOnlyObjectWrapper<>();
    /** The signed-in person's callbacks due by then and not announced before (each falls due once for its owner). */
    private final Function<Instant, List<DueCallback>> dueCallbacks;
    /** Dials started elsewhere (a lead's "Ligar", a tel: link), told to this panel until {@link #dispose}. */
    private final Consumer<DialResult> dialResults;

    private final LostDialWarning lostDial = new LostDialWarning();
    private TrackedCall current;
    private boolean outcomeSaved;
    private boolean loadingNotes;

    /** @param dueCallbacks the callbacks to announce now, each given once: the signed-in person's own */
    public CallPanelViewModel(Messages messages, ClickToCall clickToCall, CallNotes notesStore,
                              Function<Instant, List<DueCallback>> dueCallbacks, TaskRunner tasks,
                              Clock clock, ZoneId zone, UnaryOperator<String> displayNumber) {
        this.dueCallbacks = dueCallbacks;
        this.messages = messages;
        this.clickToCall = clickToCall;
        this.notesStore = notesStore;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        this.displayNumber = displayNumber;
        this.timesText = new CallTimesText(messages);
        statusText.set(messages.get("call.none"));
        notes.addListener((obs, old, now) -> {
            if (!loadingNotes && current != null) {
                notesStore.saveLater(current.callId(), now); // schedules only: no I/O on this thread
            }
        });
        this.dialResults = r -> tasks.onUiThread(() -> showDialResult(r));
        clickToCall.addResultListener(dialResults);
        this.notesSaves = new CallNotes.SaveListener() {
            @Override
            public void saved(long callId) {
                tasks.onUiThread(() -> notesSaved(callId));
            }

            @Override
            public void notSaved(long callId, RuntimeException failure) {
                tasks.onUiThread(() -> notesNotSaved(callId, failure));
            }
        };
        notesStore.addSaveListener(notesSaves);
    }

    private void notesSaved(long callId) {
        if (current != null && current.callId() == callId) {
            notesProblem.set("");
        }
    }

    /** The store refused the notes: said under them, which stay typed and are saved again at the next change. */
    private void notesNotSaved(long callId, Throwable failure) {
        if (current != null && current.callId() == callId) {
            notesProblem.set(messages.get("call.notes.notSaved", ErrorSentences.detail(failure, messages)));
        }
    }

    /** At sign-out: the long-lived click-to-call stops telling this panel (the next session has its own). */
    public void dispose() {
        clickToCall.removeResultListener(dialResults);
        notesStore.removeSaveListener(notesSaves);
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** Dials the typed number; the future is for tests, the properties tell the view. */
    public CompletableFuture<DialResult> dial() {
        return dial(dialText.get());
    }

    /** Dials what the clipboard holds (the view reads the clipboard; this stays testable). */
    public CompletableFuture<DialResult> dialClipboard(String clipboardText) {
        if (clipboardText == null || clipboardText.isBlank()) {
            dialMessage.set(messages.get("dial.clipboard.empty"));
            return CompletableFuture.completedFuture(null);
        }
        dialText.set(clipboardText.strip());
        return dial();
    }

    private CompletableFuture<DialResult> dial(String raw) {
        dialing.set(true);
        dialMessage.set(messages.get("dial.sending"));
        return clickToCall.dialNumber(raw).thenApply(r -> {
            tasks.onUiThread(() -> showDialResult(r));
            return r;
        });
    }

    private void showDialResult(DialResult r) {
        dialing.set(false);
        // A started dial may still carry a sentence: dialled from the settings' extension (no link).
        dialMessage.set(r.message() == null ? "" : r.message());
        if (r.started()) {
            dialText.set("");
        }
        lostDial.dialed(r);
        DialFailures.sentence(r).ifPresent(sentence -> {
            dialFailure.set(null);
            dialFailure.set(sentence);
        });
    }

    /** The PBX's sentence of each dial it refused or did not confirm, for the view to show as a notification too. */
    public ReadOnlyObjectProperty<String> dialFailureProperty() {
        return dialFailure.getReadOnlyProperty();
    }

    /** Stores the outcome; "agendada" needs the callback date and time. */
    public void chooseOutcome(Outcome outcome) {
        choose(outcome, messages.get("call.outcome." + outcome.name()), (id, at) -> notesStore.setOutcome(id, outcome, at));
    }

    /** Stores the configured disposition; one of the "agendada" group needs the callback date and time. */
    public void chooseDisposition(Disposition disposition) {
        choose(disposition.group(), disposition.name(), (id, at) -> notesStore.setDisposition(id, disposition, at));
    }

    private void choose(Outcome group, String label, java.util.function.BiConsumer<Long, Instant> store) {
        if (current == null || !outcomeVisible.get()) {
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
        long callId = current.callId();
        Instant at = callback == null ? null : callback.at();
        String saved = callback == null ? messages.get("call.outcome.saved", label)
                : messages.get("call.outcome.savedCallback", label, callback.text());
        tasks.run(() -> {
            notesStore.flush(callId);
            store.accept(callId, at);
            return group;
        }, ok -> {
            outcomeSaved = true;
            outcomeVisible.set(false);
            outcomeMessage.set(saved);
        }, e -> outcomeMessage.set(messages.get("call.outcome.failed", ErrorSentences.detail(e, messages))));
    }

    /** Notes field lost focus: save now rather than in 300 ms. */
    public void notesFocusLost() {
        if (current != null) {
            long id = current.callId();
            tasks.run(() -> {
                notesStore.flush(id);
                return id;
            }, this::notesSaved, e -> notesNotSaved(id, e));
        }
    }

    /** Announces callbacks that fell due since the last check; the view calls it once a minute. */
    public void checkCallbacks() {
        Instant now = clock.instant();
        tasks.run(() -> dueCallbacks.apply(now), due -> due.forEach(callbackDue::set),
                // Asked again at the next minute's check; nothing is marked as announced until it shows.
                e -> LOG.warn("due callbacks could not be read: {}", e.toString()));
    }

    /** Empty while the notes are stored; otherwise why they are not (they stay typed and are tried again). */
    public ReadOnlyStringProperty notesProblemProperty() {
        return notesProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DueCallback> callbackDueProperty() {
        return callbackDue.getReadOnlyProperty();
    }

    /** The reminder's sentence: who, and the number as people read it ({@code (48) 99016-9921}). */
    public String reminderText(DueCallback due) {
        return messages.get("callbacks.due.text", due.leadName() == null ? "" : due.leadName(),
                due.phoneNumber() == null ? "" : displayNumber.apply(due.phoneNumber()));
    }

    /**
     * Called every second by the view's timeline while a call is live. The timer counts the talk once the call was
     * answered (the wait before that); talk, wait and total read as on the call detail and the lead card, and once
     * the call is final they are the PBX's figures, not this console's clock.
     */
    public void tick() {
        if (current != null) {
            CallTimes t = current.timesAt(clock.instant());
            boolean talked = current.answeredAt() != null || t.talkTime() != null && t.talkTime().isPositive();
            timerText.set(Durations.format(talked ? t.talkTime() : t.waitTime()));
            times.set(timesText.line(t));
        }
    }

    // ---- tracker events (any thread) -----------------------------------------------------------------

    @Override
    public void callChanged(TrackedCall call) {
        tasks.onUiThread(() -> show(call));
    }

    @Override
    public void inboundRinging(InboundRing ring) {
        tasks.onUiThread(() -> inboundRing.set(ring));
    }

    private void show(TrackedCall call) {
        boolean sameCall = current != null && current.callId() == call.callId();
        if (!sameCall && current != null && current.phase().isLive() && !call.phase().isLive()) {
            return; // an old call's late history must not push the live one off the panel
        }
        if (!sameCall) {
            if (current != null) {
                long old = current.callId();
                tasks.run(() -> {
                    notesStore.flush(old);
                    return old;
                    // The call left the panel: its notes wait in the store's memory for the next save or the close.
                }, ok -> { }, e -> LOG.warn("call {}: notes kept unsaved after the panel moved on", old));
            }
            outcomeSaved = false;
            outcomeMessage.set("");
            notesProblem.set("");
            setNotesQuietly("");
            long id = call.callId();
            // A call resumed after a restart already has notes: show them, never type over them.
            tasks.run(() -> notesStore.load(id), text -> {
                if (current != null && current.callId() == id && notes.get().isEmpty()) {
                    setNotesQuietly(text);
                }
            }, e -> {
                if (current != null && current.callId() == id) {
                    notesProblem.set(messages.get("call.notes.notLoaded", ErrorSentences.detail(e, messages)));
                }
            });
        }
        if (lostDial.foundOnThePbx(call)) {
            dialMessage.set(""); // the warning of a lost answer is wrong once the PBX shows the call
        }
        current = call;
        hasCall.set(true);
        live.set(call.phase().isLive());
        caller.set(call.leadName() != null ? call.leadName() : messages.get("call.unknownCaller"));
        callerKnown.set(call.leadId() != null);
        number.set(call.number() == null ? "" : displayNumber.apply(call.number()));
        statusText.set(status(call));
        outcomeVisible.set(!call.phase().isLive() && !outcomeSaved);
        tick();
    }

    private void setNotesQuietly(String text) {
        loadingNotes = true;
        notes.set(text);
        loadingNotes = false;
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

    // ---- properties --------------------------------------------------------------------------------

    public StringProperty dialTextProperty() { return dialText; }
    public ReadOnlyStringProperty dialMessageProperty() { return dialMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dialingProperty() { return dialing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasCallProperty() { return hasCall.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty liveProperty() { return live.getReadOnlyProperty(); }
    public ReadOnlyStringProperty callerProperty() { return caller.getReadOnlyProperty(); }
    public ReadOnlyStringProperty numberProperty() { return number.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timerTextProperty() { return timerText.getReadOnlyProperty(); }
    /** {@code Conversa 1:10 · Espera 0:10 · Total 1:20}, the figures of the call detail and the lead card. */
    public ReadOnlyStringProperty timesProperty() { return times.getReadOnlyProperty(); }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyBooleanProperty outcomeVisibleProperty() { return outcomeVisible.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeMessageProperty() { return outcomeMessage.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> callbackDateProperty() { return callbackDate; }
    public StringProperty callbackTimeProperty() { return callbackTime; }
    public ReadOnlyObjectProperty<InboundRing> inboundRingProperty() { return inboundRing.getReadOnlyProperty(); }

    /** "criar lead" for an unknown caller's number (pop-up or panel): whoever owns leads listens here. */
    public void requestCreateLead(String number) {
        createLeadRequest.set(null);
        createLeadRequest.set(number == null ? "" : number);
    }

    /** "abrir ficha" of a known caller (pop-up or panel): whoever owns leads listens here. */
    public void requestOpenLead(long leadId) {
        openLeadRequest.set(null);
        openLeadRequest.set(leadId);
    }

    /** The screen-pop's answer: the caller's card when the number is a lead's, else a new lead with it. */
    public void openCard(InboundRing ring) {
        if (ring.knownLead()) {
            requestOpenLead(ring.leadId());
        } else {
            requestCreateLead(ring.displayNumber());
        }
    }

    /** The card of whoever is on the panel's call (Ctrl+Shift+L); a new lead when the number is unknown. */
    public void openCaller() {
        if (current == null) {
            return;
        }
        if (current.leadId() != null) {
            requestOpenLead(current.leadId());
        } else if (current.number() != null) {
            requestCreateLead(displayNumber.apply(current.number()));
        }
    }

    public ReadOnlyObjectProperty<String> createLeadRequestProperty() {
        return createLeadRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> openLeadRequestProperty() {
        return openLeadRequest.getReadOnlyProperty();
    }

    /** Whether the panel's caller is a lead (the card button opens it) or not (it creates one). */
    public ReadOnlyBooleanProperty callerKnownProperty() {
        return callerKnown.getReadOnlyProperty();
    }

    /** The call on the panel, or null. */
    public TrackedCall currentCall() {
        return current;
    }
}
