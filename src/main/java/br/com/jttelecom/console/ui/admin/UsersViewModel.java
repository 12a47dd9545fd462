package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
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

import java.util.List;
import java.util.Map;

/**
 * The Usuários page: the list, and one form for a new or the selected user (create, edit,
 * disable, reset password). The services check the role and validate; this shows their sentence.
 */
public final class UsersViewModel {

    /** A list row: the user and their team's name. */
    public record Row(ConsoleUser user, String team) {
    }

    private record Loaded(List<ConsoleUser> users, Map<Long, String> teams) {
    }

    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.AGENT);
    private final StringProperty team = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public UsersViewModel(Accounts accounts, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> fill(now));
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty loginProperty() { return login; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty teamProperty() { return team; }
    public StringProperty passwordProperty() { return password; }
    public BooleanProperty activeProperty() { return active; }
    /** True when the form edits an existing user (the login is then fixed). */
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        tasks.run(() -> new Loaded(accounts.list(), accounts.teams()), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().user().id();
            rows.setAll(loaded.users().stream()
                    .map(u -> new Row(u, u.teamId() == null ? "" : loaded.teams().getOrDefault(u.teamId(), "")))
                    .toList());
            rows.stream().filter(r -> keep != null && r.user().id() == keep).findFirst().ifPresent(selected::set);
        }, this::fail);
    }

    public void newUser() {
        selected.set(null);
        fill(null);
    }

    public void save() {
        String l = login.get();
        String n = name.get();
        Role r = role.get();
        String t = team.get();
        boolean a = active.get();
        char[] pw = password.get() == null ? new char[0] : password.get().toCharArray();
        Row current = selected.get();
        tasks.run(() -> {
            if (current == null) {
                accounts.create(l, n, r, t, pw);
            } else {
                accounts.update(current.user().id(), n, r, t, a);
            }
            return current == null ? "users.created" : "users.saved";
        }, key -> {
            password.set("");
            message.set(messages.get(key));
            load();
        }, this::fail);
    }

    public void resetPassword() {
        Row current = selected.get();
        if (current == null) {
            return;
        }
        char[] pw = password.get() == null ? new char[0] : password.get().toCharArray();
        tasks.run(() -> {
            accounts.resetPassword(current.user().id(), pw);
            return current.user().login();
        }, who -> {
            password.set("");
            message.set(messages.get("users.passwordReset", who));
        }, this::fail);
    }

    private void fill(Row row) {
        editing.set(row != null);
        login.set(row == null ? "" : row.user().login());
        name.set(row == null ? "" : row.user().displayName());
        role.set(row == null ? Role.AGENT : row.user().role());
        team.set(row == null ? "" : row.team());
        active.set(row == null || row.user().active());
        password.set("");
        message.set("");
    }

    private void fail(Throwable e) {
        // Service refusals (PermissionDenied, InvalidInput) already carry a pt-BR sentence.
        message.set(ErrorSentences.of(e, messages));
    }
}
