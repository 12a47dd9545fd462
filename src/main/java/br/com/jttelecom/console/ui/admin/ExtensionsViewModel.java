package br.com.jttelecom.console.ui.admin;

import javafx.beans.property.ReadOnlyObjectProperty;
import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.directory.ExtensionFields;
import br.com.jttelecom.console.service.directory.ExtensionForm;
import br.com.jttelecom.console.service.InvalidFields;
import br.com.jttelecom.console.service.directory.PbxOption;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Ramais page: the PBX's extensions with the console user linked to each, and one form
 * ({@link ExtensionEditForm}) for a new or the selected extension, saved, refused or deleted through the
 * directory. A rejected save keeps what was typed.
 */
public final class ExtensionsViewModel {

    /** A list row: the extension and the login of the console user who dials from it ("" if none). */
    public record Row(Extension extension, String linkedLogin, Map<String, String> fields, ExtensionForm current) {
    }

    /** @param plansProblem why the dial plans could not be listed, or null */
    private record Loaded(List<ExtensionFields> extensions, Map<String, Long> links, List<ConsoleUser> users,
                          List<PbxOption> plans, String plansProblem) {
    }

    private final PbxFailureNotices failures = new PbxFailureNotices();
    private final Directory directory;
    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ConsoleUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ExtensionEditForm form = new ExtensionEditForm();
    /** The groups and types the account's extensions use: the PBX has no list of either, these are what it has. */
    private final javafx.collections.ObservableList<String> groupsInUse = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<String> typesInUse = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper plansNote = new ReadOnlyStringWrapper("");
    /** "" (none, or keep the PBX's) first, then the PBX's dial plans by id. */
    private final ObservableList<String> dialPlanIds = FXCollections.observableArrayList("");
    private final Map<String, String> dialPlanNames = new HashMap<>();
    private Map<String, Long> links = Map.of();

    public ExtensionsViewModel(Directory directory, Accounts accounts, TaskRunner tasks, Messages messages) {
        this.directory = directory;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> {
            fill(now);
            form.clearErrors();
            error.set(false);
            message.set("");
        });
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<ConsoleUser> users() { return users; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty numberProperty() { return form.numberProperty(); }
    public StringProperty nameProperty() { return form.nameProperty(); }
    public StringProperty sipPasswordProperty() { return form.sipPasswordProperty(); }
    public StringProperty typeProperty() { return form.typeProperty(); }
    public StringProperty callerIdProperty() { return form.callerIdProperty(); }
    public StringProperty areaCodeProperty() { return form.areaCodeProperty(); }
    public StringProperty extensionGroupProperty() { return form.extensionGroupProperty(); }
    public StringProperty costCenterProperty() { return form.costCenterProperty(); }
    public StringProperty dialPlanIdProperty() { return form.dialPlanIdProperty(); }
    public StringProperty voicemailEmailProperty() { return form.voicemailEmailProperty(); }
    public ExtensionFlagFields flags() { return form.flags(); }
    /** "Encaminhar todas as chamadas". */
    public ForwardFields forwardAll() { return form.forwardAll(); }
    /** "Encaminhar se offline ou sem atendimento". */
    public ForwardFields forwardOffline() { return form.forwardOffline(); }
    /** "Encaminhar se ocupado ou indisponível". */
    public ForwardFields forwardBusy() { return form.forwardBusy(); }
    public ObjectProperty<ConsoleUser> linkedUserProperty() { return form.linkedUserProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** All of the selected extension's fields as plain text lines (never rendered as HTML). */
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    /** The dial plan choices: their ids, "" first for none; {@link #dialPlanLabel} names each. */
    public ObservableList<String> dialPlanIds() { return dialPlanIds; }
    /** Why the PBX's dial plans are not offered, or "". */
    public ReadOnlyStringProperty plansNoteProperty() { return plansNote.getReadOnlyProperty(); }

    /** "3 — Nacional" for a plan the PBX listed; the bare id, marked, for one it did not. */
    public String dialPlanLabel(String id) {
        if (id == null || id.isEmpty()) {
            return messages.get("admin.extensions.dialPlan.keep");
        }
        String name = dialPlanNames.get(id);
        return name == null ? messages.get("admin.extensions.dialPlan.unlisted", id)
                : name.isEmpty() ? id : messages.get("admin.extensions.dialPlan.option", id, name);
    }

    /** The sentence beside a field after a refused save ("" while right); {@code field} is one of the form's. */
    public ReadOnlyStringProperty errorOf(String field) { return form.errorOf(field); }

    public void load() {
        load(null);
    }

    /**
     * Lists the extensions again; the extension that was selected — or {@code pbxIdToSelect}, such as one
     * just created — stays selected with its fresh values, so "Todos os campos do PABX" shows what the PBX
     * has now. The page's message is kept.
     */
    private void load(String pbxIdToSelect) {
        String keep = pbxIdToSelect != null ? pbxIdToSelect
                : selected.get() == null ? null : selected.get().extension().pbxId();
        tasks.run(this::fetch, loaded -> {
            links = loaded.links();
            Map<Long, String> logins = new HashMap<>();
            loaded.users().forEach(u -> logins.put(u.id(), u.login()));
            users.setAll(loaded.users());
            showPlans(loaded);
            rows.setAll(loaded.extensions().stream()
                    .map(x -> new Row(x.extension(), Optional.ofNullable(links.get(x.extension().number()))
                            .map(logins::get).orElse(""), x.fields(), x.current()))
                    .toList());
            groupsInUse.setAll(inUse(ExtensionForm::extensionGroup));
            typesInUse.setAll(inUse(ExtensionForm::type));
            Row again = keep == null ? null
                    : rows.stream().filter(r -> keep.equals(r.extension().pbxId())).findFirst().orElse(null);
            if (again != null) {
                String said = message.get();
                boolean wasError = error.get();
                selected.set(again);
                message.set(said);
                error.set(wasError);
            }
        }, this::fail);
    }

    private Loaded fetch() {
        List<ExtensionFields> extensions = directory.listExtensionFields();
        List<PbxOption> plans = List.of();
        String plansProblem = null;
        try {
            plans = directory.dialPlans();
        } catch (RuntimeException e) {
            // An older PBX may not list its plans: the extensions still show, and each keeps its plan.
            plansProblem = ErrorSentences.of(e, messages);
        }
        return new Loaded(extensions, directory.links(), accounts.list(), plans, plansProblem);
    }

    private void showPlans(Loaded loaded) {
        dialPlanNames.clear();
        loaded.plans().forEach(p -> dialPlanNames.put(p.id(), p.name()));
        List<String> ids = new ArrayList<>();
        ids.add("");
        loaded.plans().forEach(p -> ids.add(p.id()));
        String current = form.dialPlanIdProperty().get();
        dialPlanIds.setAll(ids);
        // Replacing a combo box's items may clear its value: the form's plan stays what it was.
        form.dialPlanIdProperty().set(current);
        plansNote.set(loaded.plansProblem() == null ? ""
                : messages.get("admin.extensions.dialPlan.unavailable", loaded.plansProblem()));
    }

    public void newExtension() {
        selected.set(null);
        fill(null);
        form.clearErrors();
        error.set(false);
        message.set("");
    }

    public void save() {
        ExtensionForm typed = form.toForm();
        Long link = form.linkedUserId();
        Row current = selected.get();
        tasks.run(() -> {
            if (current == null) {
                return new Saved("admin.extensions.created", directory.createExtension(typed, link));
            }
            directory.updateExtension(current.extension().pbxId(), current.extension().number(), typed, link);
            return new Saved("admin.extensions.saved", current.extension().pbxId());
        }, saved -> succeeded(saved.messageKey(), saved.pbxId()), this::fail);
    }

    private record Saved(String messageKey, String pbxId) {
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
            succeeded(key, null);
        }, this::fail);
    }

    private void succeeded(String key, String pbxIdToSelect) {
        form.saved();
        error.set(false);
        message.set(messages.get(key));
        load(pbxIdToSelect);
    }

    private void fill(Row row) {
        editing.set(row != null);
        details.set(row == null ? "" : row.fields().entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue()).collect(java.util.stream.Collectors.joining("\n")));
        Long linked = row == null ? null : links.get(row.extension().number());
        form.fill(row == null ? null : row.current(),
                users.stream().filter(u -> linked != null && u.id() == linked).findFirst().orElse(null));
    }

    private void fail(Throwable e) {
        error.set(true);
        if (e instanceof InvalidFields invalid) {
            // Each sentence beside its field, in the page's language; the message says nothing was sent.
            List<String> elsewhere = form.showErrors(invalid, messages);
            message.set(String.join(" ", Stream.concat(
                    Stream.of(messages.get("admin.extensions.error.summary", invalid.problems().size())),
                    elsewhere.stream()).toList()));
        } else {
            // PabxRejected carries the PBX's own sentence; PermissionDenied ours, in pt-BR.
            form.clearErrors();
            message.set(ErrorSentences.of(e, messages));
            failures.failed(e, message.get());
        }
    }

    /** The sentence of the last PBX refusal or failure, for a notification; null between. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failures.property();
    }

    /** Each value the listed extensions have for {@code field}, once, in number order (ids: "2" before "10"). */
    private List<String> inUse(java.util.function.Function<ExtensionForm, String> field) {
        return rows.stream().map(Row::current).filter(java.util.Objects::nonNull).map(field)
                .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    public javafx.collections.ObservableList<String> groupsInUse() {
        return groupsInUse;
    }

    public javafx.collections.ObservableList<String> typesInUse() {
        return typesInUse;
    }
}
