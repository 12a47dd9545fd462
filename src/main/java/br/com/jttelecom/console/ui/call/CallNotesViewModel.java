package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The notes of the call on the panel: saved as typed (the store waits a moment, then writes off this thread),
 * saved at once when the field loses focus, and said under the field when the store refuses them.
 */
final class CallNotesViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallNotesViewModel.class);

    private final Messages messages;
    private final CallNotes store;
    private final TaskRunner tasks;

    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notesProblem = new ReadOnlyStringWrapper("");
    private final CallNotes.SaveListener saves;
    /** The call whose notes the field holds, or null before the first call. */
    private Long callId;
    private boolean loadingNotes;

    CallNotesViewModel(Messages messages, CallNotes store, TaskRunner tasks) {
        this.messages = messages;
        this.store = store;
        this.tasks = tasks;
        notes.addListener((obs, old, now) -> {
            if (!loadingNotes && callId != null) {
                store.saveLater(callId, now); // schedules only: no I/O on this thread
            }
        });
        this.saves = new CallNotes.SaveListener() {
            @Override
            public void saved(long id) {
                tasks.onUiThread(() -> notesSaved(id));
            }

            @Override
            public void notSaved(long id, RuntimeException failure) {
                tasks.onUiThread(() -> notesNotSaved(id, failure));
            }
        };
        store.addSaveListener(saves);
    }

    /** At sign-out: the long-lived store stops telling this panel. */
    void dispose() {
        store.removeSaveListener(saves);
    }

    /**
     * Another call came onto the panel: the previous call's notes are written out, and the field starts empty
     * until the new call's stored notes (if any) are read.
     */
    void moveTo(long newCallId) {
        if (callId != null) {
            long old = callId;
            tasks.run(() -> {
                store.flush(old);
                return old;
                // The call left the panel: its notes wait in the store's memory for the next save or the close.
            }, ok -> { }, e -> LOG.warn("call {}: notes kept unsaved after the panel moved on", old));
        }
        notesProblem.set("");
        setNotesQuietly("");
        // A call resumed after a restart already has notes: show them, never type over them.
        tasks.run(() -> store.load(newCallId), text -> {
            if (isOn(newCallId) && notes.get().isEmpty()) {
                setNotesQuietly(text);
            }
        }, e -> {
            if (isOn(newCallId)) {
                notesProblem.set(messages.get("call.notes.notLoaded", ErrorSentences.detail(e, messages)));
            }
        });
        // Switched after the load is asked for, as the panel always did: the load's answer is only taken once it
        // comes back on the UI thread after this call (an answer given inline, as in tests, is dropped).
        callId = newCallId;
    }

    /** Notes field lost focus: save now rather than in 300 ms. */
    void focusLost() {
        if (callId != null) {
            long id = callId;
            tasks.run(() -> {
                store.flush(id);
                return id;
            }, this::notesSaved, e -> notesNotSaved(id, e));
        }
    }

    private boolean isOn(long id) {
        return callId != null && callId == id;
    }

    private void notesSaved(long id) {
        if (isOn(id)) {
            notesProblem.set("");
        }
    }

    /** The store refused the notes: said under them, which stay typed and are saved again at the next change. */
    private void notesNotSaved(long id, Throwable failure) {
        if (isOn(id)) {
            notesProblem.set(messages.get("call.notes.notSaved", ErrorSentences.detail(failure, messages)));
        }
    }

    private void setNotesQuietly(String text) {
        loadingNotes = true;
        notes.set(text);
        loadingNotes = false;
    }

    StringProperty notesProperty() { return notes; }
    /** Empty while the notes are stored; otherwise why they are not (they stay typed and are tried again). */
    ReadOnlyStringProperty notesProblemProperty() { return notesProblem.getReadOnlyProperty(); }
}
