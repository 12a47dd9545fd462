package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.service.Accounts;
import br.com.jttelecom.console.service.ConsoleUser;
import br.com.jttelecom.console.service.Directory;
import br.com.jttelecom.console.service.ExtensionFields;
import br.com.jttelecom.console.service.ExtensionForm;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Ramais page: the PBX's extensions with the console user linked to each, and one form — every
 * field of {@code inserir_ramal} / {@code alterar_ramal} — for a new or the selected extension. The
 * SIP password field is write-only: never filled from the PBX. A rejected save keeps what was typed.
 */
public final class ExtensionsViewModel {

    /** A list row: the extension and the login of the console user who dials from it ("" if none). */
    public record Row(Extension extension, String linkedLogin, Map<String, String> fields, ExtensionForm current) {
    }

    private record Loaded(List<ExtensionFields> extensions, Map<String, Long> links, List<ConsoleUser> users) {
    }

    private final Directory directory;
    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ConsoleUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sipPassword = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("1");
    private final StringProperty callerId = new SimpleStringProperty("");
    private final StringProperty areaCode = new SimpleStringProperty("");
    private final StringProperty extensionGroup = new SimpleStringProperty("");
    private final StringProperty costCenter = new SimpleStringProperty("");
    private final StringProperty dialPlanId = new SimpleStringProperty("");
    private final StringProperty voicemailEmail = new SimpleStringProperty("");
    private final ExtensionFlagFields flags = new ExtensionFlagFields();
    private final ForwardFields forwardAll = new ForwardFields();
    private final ForwardFields forwardOffline = new ForwardFields();
    private final ForwardFields forwardBusy = new ForwardFields();
    private final ObjectProperty<ConsoleUser> linkedUser = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private Map<String, Long> links = Map.of();

    public ExtensionsViewModel(Directory directory, Accounts accounts, TaskRunner tasks, Messages messages) {
        this.directory = directory;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> fill(now));
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<ConsoleUser> users() { return users; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty numberProperty() { return number; }
    public StringProperty nameProperty() { return name; }
    public StringProperty sipPasswordProperty() { return sipPassword; }
    public StringProperty typeProperty() { return type; }
    public StringProperty callerIdProperty() { return callerId; }
    public StringProperty areaCodeProperty() { return areaCode; }
    public StringProperty extensionGroupProperty() { return extensionGroup; }
    public StringProperty costCenterProperty() { return costCenter; }
    public StringProperty dialPlanIdProperty() { return dialPlanId; }
    public StringProperty voicemailEmailProperty() { return voicemailEmail; }
    public ExtensionFlagFields flags() { return flags; }
    /** "Encaminhar todas as chamadas". */
    public ForwardFields forwardAll() { return forwardAll; }
    /** "Encaminhar se offline ou sem atendimento". */
    public ForwardFields forwardOffline() { return forwardOffline; }
    /** "Encaminhar se ocupado ou indisponível". */
    public ForwardFields forwardBusy() { return forwardBusy; }
    public ObjectProperty<ConsoleUser> linkedUserProperty() { return linkedUser; }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** All of the selected extension's fields as plain text lines (never rendered as HTML). */
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }

    public void load() {
        tasks.run(() -> new Loaded(directory.listExtensionFields(), directory.links(), accounts.list()), loaded -> {
            links = loaded.links();
            Map<Long, String> logins = new java.util.HashMap<>();
            loaded.users().forEach(u -> logins.put(u.id(), u.login()));
            users.setAll(loaded.users());
            rows.setAll(loaded.extensions().stream()
                    .map(x -> new Row(x.extension(), Optional.ofNullable(links.get(x.extension().number()))
                            .map(logins::get).orElse(""), x.fields(), x.current()))
                    .toList());
        }, this::fail);
    }

    public void newExtension() {
        selected.set(null);
        fill(null);
    }

    public void save() {
        ExtensionForm form = new ExtensionForm(number.get(), name.get(), type.get(), sipPassword.get(), callerId.get(),
                areaCode.get(), extensionGroup.get(), costCenter.get(), dialPlanId.get(), flags.toFlags(),
                voicemailEmail.get(), forwardAll.toRule(), forwardOffline.toRule(), forwardBusy.toRule());
        Long link = linkedUser.get() == null ? null : linkedUser.get().id();
        Row current = selected.get();
        tasks.run(() -> {
            if (current == null) {
                directory.createExtension(form, link);
            } else {
                directory.updateExtension(current.extension().pbxId(), current.extension().number(), form, link);
            }
            return current == null ? "admin.extensions.created" : "admin.extensions.saved";
        }, this::succeeded, this::fail);
    }

    /** Deletes the selected extension; the view asks for confirmation first. */
    public void delete() {
        Row current = selected.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            directory.deleteExtension(current.extension().pbxId(), current.extension().number());
            return "admin.extensions.deleted";
        }, key -> {
            selected.set(null);
            succeeded(key);
        }, this::fail);
    }

    private void succeeded(String key) {
        sipPassword.set("");
        error.set(false);
        message.set(messages.get(key));
        load();
    }

    private void fill(Row row) {
        editing.set(row != null);
        details.set(row == null ? "" : row.fields().entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue()).collect(java.util.stream.Collectors.joining("\n")));
        ExtensionForm f = row == null ? null : row.current();
        number.set(f == null ? "" : text(f.number()));
        name.set(f == null ? "" : text(f.name()));
        type.set(f == null || text(f.type()).isEmpty() ? "1" : f.type());
        callerId.set(f == null ? "" : text(f.externalCallerId()));
        areaCode.set(f == null ? "" : text(f.areaCode()));
        extensionGroup.set(f == null ? "" : text(f.extensionGroup()));
        costCenter.set(f == null ? "" : text(f.costCenter()));
        dialPlanId.set(f == null ? "" : text(f.dialPlanId()));
        voicemailEmail.set(f == null ? "" : text(f.voicemailEmail()));
        flags.fill(f == null ? null : f.flags());
        // A new extension keeps the PBX's default forwarding until the admin picks one.
        forwardAll.fill(f == null ? null : f.forwardAll());
        forwardOffline.fill(f == null ? null : f.forwardOffline());
        forwardBusy.fill(f == null ? null : f.forwardBusy());
        sipPassword.set("");
        Long linked = row == null ? null : links.get(row.extension().number());
        linkedUser.set(users.stream().filter(u -> linked != null && u.id() == linked).findFirst().orElse(null));
        error.set(false);
        message.set("");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void fail(Throwable e) {
        // PabxRejected carries the PBX's own sentence; PermissionDenied and InvalidInput ours, in pt-BR.
        error.set(true);
        message.set(e.getMessage());
    }
}
