package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.service.leads.InvalidLead;
import br.com.jttelecom.console.service.leads.LeadField;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create/edit lead form. Saving runs off the FX thread; on an error each wrong field gets its
 * sentence and everything typed stays as typed.
 */
public final class LeadFormViewModel {

    private final Function<LeadForm, Lead> saver;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Long id;
    private final Long ownerUserId;
    private final java.time.Instant nextCallbackAt;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LeadStage> stage = new SimpleObjectProperty<>(LeadStage.NEW);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phonesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public LeadFormViewModel(Leads leads, Messages messages, TaskRunner tasks, LeadForm initial) {
        this(leads::save, messages, tasks, initial);
    }

    /**
     * @param saver validates and stores the form (the console's saves also give the lead the unidentified
     *              calls of its phones); throws {@link InvalidLead} for a wrong field
     */
    public LeadFormViewModel(Function<LeadForm, Lead> saver, Messages messages, TaskRunner tasks, LeadForm initial) {
        this.saver = saver;
        this.messages = messages;
        this.tasks = tasks;
        this.id = initial.id();
        this.ownerUserId = initial.ownerUserId();
        this.nextCallbackAt = initial.nextCallbackAt();
        name.set(initial.name());
        company.set(initial.company());
        phones.set(initial.phonesText());
        email.set(initial.email());
        notes.set(initial.notes());
        stage.set(initial.stage());
    }

    public boolean isNew() {
        return id == null;
    }

    /** Validates and stores; {@code onSaved} gets the stored lead, errors land on the fields. */
    public void save(Consumer<Lead> onSaved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        LeadForm form = new LeadForm(id, name.get(), company.get(), phones.get(), email.get(), stage.get(), ownerUserId,
                nextCallbackAt, notes.get());
        tasks.run(() -> saver.apply(form), lead -> {
            busy.set(false);
            clearErrors();
            onSaved.accept(lead);
        }, error -> {
            busy.set(false);
            clearErrors();
            if (error instanceof InvalidLead invalid) {
                nameError.set(invalid.problems().getOrDefault(LeadField.NAME, ""));
                phonesError.set(invalid.problems().getOrDefault(LeadField.PHONES, ""));
                emailError.set(invalid.problems().getOrDefault(LeadField.EMAIL, ""));
            } else {
                generalError.set(messages.get("leads.error.save"));
            }
        });
    }

    private void clearErrors() {
        nameError.set("");
        phonesError.set("");
        emailError.set("");
        generalError.set("");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty phonesProperty() {
        return phones;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LeadStage> stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phonesErrorProperty() {
        return phonesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generalErrorProperty() {
        return generalError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
