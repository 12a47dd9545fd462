package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.sync.SyncProgress;
import br.com.jttelecom.console.service.sync.SyncStatus;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The history sync in the status bar: a progress bar while a sync runs, then when the last
 * successful one ended, or why the next attempt waits. Listener calls arrive on the sync's
 * thread and are handed to the UI thread through the {@link TaskRunner}.
 */
public final class SyncStatusViewModel implements HistorySyncListener {

    private final Messages messages;
    private final TaskRunner tasks;
    private final HistorySync sync;
    private final DateTimeFormatter time;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public SyncStatusViewModel(Messages messages, TaskRunner tasks, HistorySync sync, ZoneId zone) {
        this.messages = messages;
        this.tasks = tasks;
        this.sync = sync;
        this.time = DateTimeFormatter.ofPattern("dd/MM HH:mm", messages.locale()).withZone(zone);
        apply(sync.status());
        sync.addListener(this);
    }

    @Override
    public void progress(SyncProgress p) {
        tasks.onUiThread(() -> {
            progress.set(p.fraction());
            text.set(messages.get("sync.running.percent", Math.round(p.fraction() * 100)));
        });
    }

    @Override
    public void status(SyncStatus s) {
        tasks.onUiThread(() -> apply(s));
    }

    /** "Sincronizar agora": the result arrives through the listener like any other run. */
    public void syncNow() {
        sync.syncNow();
    }

    /**
     * "Conferir com o PABX": a sync that also compares the last days with the PBX's totals and reads again the
     * days that differ (it runs by itself once a day); for someone who doubts the history, or after a restore.
     */
    public void reconcileNow() {
        sync.reconcileNow();
    }

    public void dispose() {
        sync.removeListener(this);
    }

    private void apply(SyncStatus s) {
        if (s == null) {
            text.set(messages.get("sync.never"));
            return;
        }
        running.set(s.phase() == SyncStatus.Phase.RUNNING);
        problem.set(s.stalled() ? messages.get("sync.stalled.why", s.lastSuccessfulSync().map(this::format)
                        .orElse(messages.get("sync.neverShort")))
                : s.error() != null ? s.error().in(messages)
                : s.degraded() ? messages.get("sync.degraded.why", s.issues().inexact(), s.issues().unresolved()) : "");
        switch (s.phase()) {
            case RUNNING -> {
                progress.set(-1);
                text.set(messages.get("sync.running"));
            }
            case IDLE -> text.set(last(s));
            case STALLED -> text.set(messages.get("sync.stalled"));
            case BACKING_OFF -> text.set(messages.get("sync.retrying", Math.max(1, s.nextAttemptIn().toMinutes()),
                    s.lastSuccessfulSync().map(this::format).orElse(messages.get("sync.neverShort"))));
        }
    }

    private String last(SyncStatus s) {
        String done = s.degraded() ? "sync.degraded" : "sync.done";
        return s.lastSuccessfulSync().map(t -> messages.get(done, format(t))).orElse(messages.get("sync.never"));
    }

    private String format(Instant t) {
        return time.format(t);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** 0..1 while pages arrive, -1 (indeterminate) before the first page. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
