package br.com.jttelecom.console.ui.admin;

import javafx.beans.property.ReadOnlyObjectProperty;
import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.DidForm;
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

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The DIDs page: the list with where each DID routes (extension and its name, queue or IVR), and one
 * form — every field of {@code inserir_did} / {@code alterar_did} — for a new or the selected DID. The
 * registration password is write-only. A rejected save keeps what was typed.
 */
public final class DidsViewModel {

    private final PbxFailureNotices failures = new PbxFailureNotices();
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
    private final BooleanProperty registration = new SimpleBooleanProperty(false);
    private final StringProperty registrationDomain = new SimpleStringProperty("");
    private final StringProperty registrationUser = new SimpleStringProperty("");
    private final StringProperty registrationPassword = new SimpleStringProperty("");
    private final BooleanProperty businessHours = new SimpleBooleanProperty(false);
    private final StringProperty opensAt = new SimpleStringProperty("");
    private final StringProperty closesAt = new SimpleStringProperty("");
    /** Monday (index 0, the PBX's 1) to Sunday (the PBX's 7). */
    private final BooleanProperty[] weekDays = new BooleanProperty[7];
    private final StringProperty holidays = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DidsViewModel(DidAdmin dids, TaskRunner tasks, Messages messages) {
        this.dids = dids;
        this.tasks = tasks;
        this.messages = messages;
        for (int i = 0; i < weekDays.length; i++) {
            weekDays[i] = new SimpleBooleanProperty(false);
        }
        selected.addListener((obs, old, now) -> fill(now));
        fill(null);
    }

    public ObservableList<DidAdmin.Routed> rows() { return rows; }
    public ObjectProperty<DidAdmin.Routed> selectedProperty() { return selected; }
    public StringProperty numberProperty() { return number; }
    public StringProperty pointsToProperty() { return pointsTo; }
    public StringProperty destinationProperty() { return destination; }
    public StringProperty maxConcurrentProperty() { return maxConcurrent; }
    public BooleanProperty recordsCallsProperty() { return recordsCalls; }
    public BooleanProperty registrationProperty() { return registration; }
    public StringProperty registrationDomainProperty() { return registrationDomain; }
    public StringProperty registrationUserProperty() { return registrationUser; }
    /** Write-only: never filled from the PBX; empty keeps the PBX's. */
    public StringProperty registrationPasswordProperty() { return registrationPassword; }
    public BooleanProperty businessHoursProperty() { return businessHours; }
    public StringProperty opensAtProperty() { return opensAt; }
    public StringProperty closesAtProperty() { return closesAt; }
    /** @param day 1 = Monday … 7 = Sunday, as the PBX numbers them (assumed) */
    public BooleanProperty weekDayProperty(int day) { return weekDays[day - 1]; }
    public StringProperty holidaysProperty() { return holidays; }
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
        String days = markedDays();
        if (businessHours.get() && days.isEmpty()) {
            error.set(true);
            message.set(messages.get("admin.dids.error.noDay"));
            return;
        }
        DidForm form = new DidForm(number.get(), pointsTo.get(), destination.get(), recordsCalls.get(), maxConcurrent.get(),
                registration.get(), registrationDomain.get(), registrationUser.get(), registrationPassword.get(),
                businessHours.get(), opensAt.get(), closesAt.get(), days, holidays.get());
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
        registrationPassword.set("");
        error.set(false);
        message.set(messages.get(key));
        load();
    }

    private void fill(DidAdmin.Routed row) {
        editing.set(row != null);
        DidForm f = row == null ? null : row.current();
        number.set(f == null ? "" : text(f.number()));
        pointsTo.set(f == null || f.pointsTo() == null ? "ramal" : f.pointsTo());
        destination.set(f == null ? "" : text(f.destination()));
        maxConcurrent.set(f == null ? "" : text(f.maxConcurrent()));
        recordsCalls.set(f != null && f.recordsCalls());
        registration.set(f != null && f.registration());
        registrationDomain.set(f == null ? "" : text(f.registrationDomain()));
        registrationUser.set(f == null ? "" : text(f.registrationUser()));
        registrationPassword.set("");
        businessHours.set(f != null && f.businessHours());
        opensAt.set(f == null ? "" : text(f.opensAt()));
        closesAt.set(f == null ? "" : text(f.closesAt()));
        // A new DID starts with the working week marked, the usual business hours.
        Set<String> marked = f == null ? Set.of("1", "2", "3", "4", "5")
                : Set.copyOf(Arrays.asList(text(f.weekDays()).split("[,;\\s]+")));
        for (int i = 0; i < weekDays.length; i++) {
            weekDays[i].set(marked.contains(String.valueOf(i + 1)));
        }
        holidays.set(f == null ? "" : text(f.holidays()));
        error.set(false);
        message.set("");
    }

    /** "1,2,3" for Monday to Wednesday. */
    private String markedDays() {
        return IntStream.rangeClosed(1, 7).filter(d -> weekDays[d - 1].get()).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void fail(Throwable e) {
        error.set(true);
        message.set(ErrorSentences.of(e, messages));
        failures.failed(e, message.get());
    }

    /** The sentence of the last PBX refusal or failure, for a notification; null between. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failures.property();
    }
}
