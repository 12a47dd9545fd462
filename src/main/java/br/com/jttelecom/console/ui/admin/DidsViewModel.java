package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Did;
import br.com.jttelecom.console.service.DidAdmin;
import br.com.jttelecom.console.service.DidForm;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The DIDs page: the list with each DID's route, and one form for a new or the selected DID. */
public final class DidsViewModel {

    private final DidAdmin dids;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<DidAdmin.Routed> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DidAdmin.Routed> selected = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty pointsTo = new SimpleStringProperty("ramal");
    private final StringProperty destination = new SimpleStringProperty("");
    private final StringProperty maxConcurrent = new SimpleStringProperty("");
    private final BooleanProperty recordsCalls = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DidsViewModel(DidAdmin dids, TaskRunner tasks, Messages messages) {
        this.dids = dids;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> fill(now));
    }

    public ObservableList<DidAdmin.Routed> rows() { return rows; }
    public ObjectProperty<DidAdmin.Routed> selectedProperty() { return selected; }
    public StringProperty numberProperty() { return number; }
    public StringProperty pointsToProperty() { return pointsTo; }
    public StringProperty destinationProperty() { return destination; }
    public StringProperty maxConcurrentProperty() { return maxConcurrent; }
    public BooleanProperty recordsCallsProperty() { return recordsCalls; }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        tasks.run(dids::list, rows::setAll, this::fail);
    }

    public void newDid() {
        selected.set(null);
        fill(null);
    }

    public void save() {
        DidForm form = new DidForm(number.get(), pointsTo.get(), destination.get(), recordsCalls.get(), maxConcurrent.get());
        DidAdmin.Routed current = selected.get();
        tasks.run(() -> {
            if (current == null) {
                dids.create(form);
            } else {
                dids.update(current.did().pbxId(), form);
            }
            return current == null ? "admin.dids.created" : "admin.dids.saved";
        }, this::succeeded, this::fail);
    }

    /** Deletes the selected DID; the view asks for confirmation first. */
    public void delete() {
        DidAdmin.Routed current = selected.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            dids.delete(current.did().pbxId(), current.did().number());
            return "admin.dids.deleted";
        }, key -> {
            selected.set(null);
            succeeded(key);
        }, this::fail);
    }

    private void succeeded(String key) {
        error.set(false);
        message.set(messages.get(key));
        load();
    }

    private void fill(DidAdmin.Routed row) {
        editing.set(row != null);
        Did d = row == null ? null : row.did();
        number.set(d == null ? "" : d.number());
        pointsTo.set(d == null || d.pointsTo() == null ? "ramal" : d.pointsTo());
        destination.set(d == null || d.destination() == null ? "" : d.destination());
        maxConcurrent.set(d == null || d.maxConcurrentCalls() == null ? "" : d.maxConcurrentCalls().toString());
        recordsCalls.set(d != null && d.recordsCalls());
        error.set(false);
        message.set("");
    }

    private void fail(Throwable e) {
        error.set(true);
        message.set(e.getMessage());
    }
}
