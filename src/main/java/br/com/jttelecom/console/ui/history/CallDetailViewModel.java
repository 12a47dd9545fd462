package br.com.jttelecom.console.ui.history;

import java.util.Optional;
import java.util.function.Supplier;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.history.CallDetail;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.Recordings;
import br.com.jttelecom.console.service.history.RecordingUnavailable;
import br.com.jttelecom.console.ui.Debouncer;
import br.com.jttelecom.console.ui.TaskRunner;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * One call's detail: every field, the event timeline, notes saved as typed (debounced, off the UI
 * thread), the outcome, and the recording fetched to a local file before the view plays it.
 */
public final class CallDetailViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallDetailViewModel.class);

    /** A label and its value, in display order. */
    public record Field(String label, String value) {
    }

    private final Messages messages;
    private final CallHistory history;
    private final Recordings recordings;
    private final CallTexts texts;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final CallTimeline timelineText;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    /** What the result is shown and picked as: a disposition, a bare group (id &lt; 0) for an older call, or null. */
    private final ObjectProperty<Disposition> choice = new SimpleObjectProperty<>();
    private final ObservableList<Disposition> choices = FXCollections.observableArrayList();
    private final Supplier<List<Disposition>> activeDispositions;
    private final ReadOnlyStringWrapper transcript = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RecordingState> recordingState = new ReadOnlyObjectWrapper<>(RecordingState.NONE);
    private final ReadOnlyObjectWrapper<Path> recordingFile = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.binding.BooleanBinding savable = recordingFile.isNotNull();
    private final ReadOnlyStringWrapper recordingMessage = new ReadOnlyStringWrapper("");

    private Long callId;
    /** True while fields are filled from the store, so that filling them is not taken for an edit. */
    private boolean filling;

    /**
     * @param dispositions the admin's active dispositions, read as each call opens (off the UI thread): the
     *                     result is corrected with the same names the wrap-up offers, not the three groups
     */
    public CallDetailViewModel(Messages messages, CallHistory history, Recordings recordings, CallTexts texts,
                               TaskRunner tasks, Debouncer debouncer, Supplier<List<Disposition>> dispositions) {
        this.activeDispositions = dispositions;
        this.messages = messages;
        this.history = history;
        this.recordings = recordings;
        this.texts = texts;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.timelineText = new CallTimeline(messages, texts);
        notes.addListener((obs, old, now) -> {
            if (!filling && callId != null) {
                long id = callId;
                saveStatus.set(messages.get("history.detail.saving"));
                debouncer.schedule(() -> save(() -> history.saveNotes(id, now)));
            }
        });
        choice.addListener((obs, old, now) -> {
            if (!filling && callId != null) {
                long id = callId;
                if (now == null) {
                    save(() -> history.saveOutcome(id, null));
                } else if (now.id() >= 0) {
                    save(() -> history.saveDisposition(id, now));
                } // a group without its disposition (an older call) is the value it had: nothing to save
            }
        });
    }

    public void open(long id) {
        callId = null;
        shown.set(true);
        title.set(messages.get("history.detail.loading"));
        tasks.run(() -> new Opened(history.detail(id), activeDispositions.get(), history.dispositionOf(id)),
                opened -> opened.detail().ifPresentOrElse(d -> show(d, opened.dispositions(), opened.picked()), () -> {
            title.set(messages.get("history.detail.gone"));
            fields.clear();
            timeline.clear();
        }), error -> title.set(messages.get("history.error.load")));
    }

    public void close() {
        shown.set(false);
        callId = null;
        forgetRecording();
    }

    /** Drops the previous call's download: recordings are fetched again when opened, never hoarded. */
    private void forgetRecording() {
        Path old = recordingFile.get();
        recordingFile.set(null);
        if (old != null) {
            tasks.run(() -> Files.deleteIfExists(old), deleted -> { },
                    error -> LOG.debug("old recording download not deleted: {}", error.toString())); // a temp file
        }
    }

    private record Opened(Optional<CallDetail> detail, List<Disposition> dispositions, Optional<Long> picked) {
    }

    private void show(CallDetail detail, List<Disposition> active, Optional<Long> picked) {
        Call c = detail.call();
        filling = true;
        try {
            callId = c.id();
            title.set(messages.get("history.detail.title", texts.number(c.phoneNumber()), texts.dateTime(c.startTime())));
            fields.setAll(CallFields.of(c, detail.leadName(), texts, messages));
            timeline.setAll(timelineText.lines(detail));
            notes.set(c.notes() == null ? "" : c.notes());
            showChoice(c.outcome(), active, picked);
            transcript.set(c.transcript() == null ? "" : c.transcript());
            summary.set(c.summary() == null ? "" : c.summary());
            saveStatus.set("");
        } finally {
            filling = false;
        }
        loadRecording(c.recordingUrl());
    }

    private void loadRecording(String url) {
        forgetRecording();
        if (url == null || url.isBlank()) {
            recordingState.set(RecordingState.NONE);
            recordingMessage.set(messages.get("recording.none"));
            return;
        }
        recordingState.set(RecordingState.LOADING);
        recordingMessage.set(messages.get("recording.loading"));
        Long forCall = callId;
        tasks.run(() -> recordings.download(url), file -> {
            if (forCall.equals(callId)) {
                // READY first, the file last: the player opens the file as it is set and may say at once that
                // it cannot play it; that sentence must not be wiped by this callback afterwards.
                recordingState.set(RecordingState.READY);
                recordingMessage.set("");
                recordingFile.set(file);
            }
        }, error -> {
            if (forCall.equals(callId)) {
                recordingState.set(RecordingState.FAILED);
                recordingMessage.set(error instanceof RecordingUnavailable u
                        ? messages.get("recording.error." + u.reason().name())
                        : messages.get("recording.error.NETWORK"));
            }
        });
    }

    /**
     * The player cannot play the downloaded file: the detail says why, and the file stays, for "Salvar gravação".
     */
    public void playbackFailed(PlaybackProblem problem) {
        recordingState.set(RecordingState.FAILED);
        recordingMessage.set(messages.get(problem.messageKey()));
    }

    /** Whether "Salvar gravação" has a file to save: downloaded, whether it plays here or not. */
    public javafx.beans.binding.BooleanBinding savable() {
        return savable;
    }

    /** "Salvar gravação": copies the downloaded recording to where the user chose. */
    public void saveRecordingTo(Path target) {
        Path file = recordingFile.get();
        if (file == null) {
            return;
        }
        tasks.run(() -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING),
                done -> recordingMessage.set(messages.get("recording.saved", target.getFileName().toString())),
                error -> recordingMessage.set(messages.get("recording.error.save")));
    }

    private void save(java.util.concurrent.Callable<Boolean> write) {
        tasks.run(write, ok -> saveStatus.set(messages.get(ok ? "history.detail.saved" : "history.detail.gone")),
                error -> saveStatus.set(messages.get("history.detail.saveFailed")));
    }

    /** The active dispositions, plus what the call has now when that is not one of them (retired, or a bare group). */
    private void showChoice(Outcome group, List<Disposition> active, Optional<Long> picked) {
        List<Disposition> list = new java.util.ArrayList<>();
        list.add(null); // "sem resultado"
        list.addAll(active);
        Disposition now = null;
        if (picked.isPresent()) {
            now = active.stream().filter(d -> d.id() == picked.get()).findFirst().orElse(null);
        }
        if (now == null && group != null) {
            now = new Disposition(-1 - group.ordinal(), texts.outcome(group), group, null, false);
            list.add(now);
        }
        choices.setAll(list);
        choice.set(now);
    }

    /** The dispositions to pick from, "sem resultado" (null) first. */
    public ObservableList<Disposition> choices() {
        return choices;
    }

    /** "Venda fechada (Produtiva)"; a disposition named as its group ("Produtiva") is said once. */
    public String choiceText(Disposition d) {
        if (d == null) {
            return messages.get("call.outcome.none");
        }
        String group = texts.outcome(d.group());
        return d.id() < 0 || d.name().equalsIgnoreCase(group) ? d.name()
                : messages.get("history.detail.disposition", d.name(), group);
    }

    public ObjectProperty<Disposition> choiceProperty() { return choice; }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObservableList<Field> fields() { return fields; }
    public ObservableList<String> timeline() { return timeline; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyStringProperty transcriptProperty() { return transcript.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveStatusProperty() { return saveStatus.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RecordingState> recordingStateProperty() { return recordingState.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> recordingFileProperty() { return recordingFile.getReadOnlyProperty(); }
    public ReadOnlyStringProperty recordingMessageProperty() { return recordingMessage.getReadOnlyProperty(); }
}
