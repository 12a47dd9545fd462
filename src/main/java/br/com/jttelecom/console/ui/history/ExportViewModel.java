package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** "Exportar CSV": one export at a time, with progress and cancel. */
public final class ExportViewModel {

    private final Messages messages;
    private final HistoryExport export;
    private final Supplier<HistoryFilter> filter;
    private final TaskRunner tasks;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    public ExportViewModel(Messages messages, HistoryExport export, Supplier<HistoryFilter> filter, TaskRunner tasks) {
        this.messages = messages;
        this.export = export;
        this.filter = filter;
        this.tasks = tasks;
    }

    public String suggestedFileName() {
        // In the desk's language: "historico-chamadas-2026-11-29.csv", "call-history-2026-11-29.csv".
        return messages.get("export.fileName", export.today().toString());
    }

    public void exportTo(Path target) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        progress.set(0);
        status.set(messages.get("export.running"));
        HistoryFilter f = filter.get();
        NumberFormat n = NumberFormat.getIntegerInstance(messages.locale());
        tasks.run(() -> export.export(f, target, (written, total) -> tasks.onUiThread(() -> {
            progress.set(total <= 0 ? 1 : Math.min(1, (double) written / total));
            status.set(messages.get("export.progress", written, total));
        }), cancelled::get), rows -> {
            running.set(false);
            progress.set(1);
            status.set(messages.get("export.done", rows, target.getFileName().toString()));
        }, error -> {
            running.set(false);
            progress.set(0);
            status.set(messages.get(error instanceof CancellationException ? "export.cancelled" : "export.failed"));
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
