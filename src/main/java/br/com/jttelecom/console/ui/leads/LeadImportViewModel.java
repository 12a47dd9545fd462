package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.leads.ImportPreview;
import br.com.jttelecom.console.service.leads.InvalidImportFile;
import br.com.jttelecom.console.service.leads.LeadImport;
import br.com.jttelecom.console.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** CSV import: read a file into a preview (accepted and rejected rows, with reasons), then confirm to store it all at once. */
public final class LeadImportViewModel {

    private final LeadImport imports;
    private final Messages messages;
    private final TaskRunner tasks;

    private final ObservableList<ImportPreview.Accepted> accepted = FXCollections.observableArrayList();
    private final ObservableList<ImportPreview.Rejected> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ImportPreview preview;
    private String fileName;
    private final java.util.function.UnaryOperator<String> displayNumber;

    /** @param displayNumber a stored number as people read it: {@code (48) 99016-9921} */
    public LeadImportViewModel(LeadImport imports, Messages messages, TaskRunner tasks,
                               java.util.function.UnaryOperator<String> displayNumber) {
        this.displayNumber = displayNumber;
        this.imports = imports;
        this.messages = messages;
        this.tasks = tasks;
        confirmText.set(messages.get("leads.import.confirm", 0));
    }

    /** Reads the file and shows what would be imported; stores nothing. */
    public void load(Path file) {
        busy.set(true);
        fileName = String.valueOf(file.getFileName());
        tasks.run(() -> imports.preview(Files.readAllBytes(file)), this::show, e -> {
            busy.set(false);
            show(null);
            // An unreadable file and a broken one read the same to the person: name the file, say it failed.
            error.set(e instanceof InvalidImportFile invalid ? invalid.in(messages)
                    : messages.get("leads.import.error.read", String.valueOf(file.getFileName())));
        });
    }

    /** Stores every accepted row in one transaction; {@code onDone} gets how many. */
    public void confirm(IntConsumer onDone) {
        if (preview == null || !canConfirm.get() || busy.get()) {
            return;
        }
        busy.set(true);
        canConfirm.set(false);
        ImportPreview toStore = preview;
        String from = fileName;
        tasks.run(() -> imports.importAccepted(toStore, from), count -> {
            busy.set(false);
            summary.set(messages.get("leads.import.done", count));
            preview = null;
            onDone.accept(count);
        }, e -> {
            busy.set(false);
            canConfirm.set(true);
            error.set(messages.get("leads.import.error.store"));
        });
    }

    private void show(ImportPreview p) {
        busy.set(false);
        preview = p;
        error.set("");
        accepted.setAll(p == null ? java.util.List.of() : p.accepted());
        rejected.setAll(p == null ? java.util.List.of() : p.rejected());
        summary.set(p == null ? "" : messages.get("leads.import.summary", p.charset(), String.valueOf(p.separator()),
                p.accepted().size(), p.rejected().size()));
        confirmText.set(messages.get("leads.import.confirm", p == null ? 0 : p.accepted().size()));
        canConfirm.set(p != null && !p.accepted().isEmpty());
    }

    public ObservableList<ImportPreview.Accepted> accepted() {
        return accepted;
    }

    /** The phones of a row of the preview, formatted as the lead list shows them. */
    public String phones(ImportPreview.Accepted row) {
        return String.join(", ", row.lead().phones().stream().map(displayNumber).toList());
    }

    public ObservableList<ImportPreview.Rejected> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmTextProperty() {
        return confirmText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
