package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import java.io.File;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Opens the lead form and the CSV import, each with a fresh view-model. */
public final class LeadDialogs {

    private final Messages messages;
    private final Function<LeadForm, LeadFormViewModel> forms;
    private final Supplier<LeadImportViewModel> imports;

    public LeadDialogs(Messages messages, Function<LeadForm, LeadFormViewModel> forms, Supplier<LeadImportViewModel> imports) {
        this.messages = messages;
        this.forms = forms;
        this.imports = imports;
    }

    /** Shows the form (not modal-blocking: the caller's thread returns at once); {@code onSaved} gets the stored lead's id. */
    public void openForm(Window owner, LeadForm form, LongConsumer onSaved) {
        LeadFormDialog dialog = new LeadFormDialog(forms.apply(form), messages, onSaved);
        OwnedDialogs.prepare(dialog, owner);
        dialog.show();
    }

    /** Asks for a CSV file, then shows its preview with the confirm button. */
    public void openImport(Window owner, IntConsumer onImported) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("leads.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("leads.import.filter"), "*.csv", "*.txt"));
        File file = OwnedDialogs.open(chooser, owner);
        if (file != null) {
            openImport(owner, file, onImported);
        }
    }

    /** The preview of this file (also the entry point for tests, which cannot drive a native file chooser). */
    public void openImport(Window owner, File file, IntConsumer onImported) {
        LeadImportViewModel vm = imports.get();
        LeadImportDialog dialog = new LeadImportDialog(vm, messages, onImported);
        OwnedDialogs.prepare(dialog, owner);
        dialog.show();
        vm.load(file.toPath());
    }
}
