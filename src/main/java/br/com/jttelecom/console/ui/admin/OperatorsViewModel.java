package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.directory.Operators;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Operadores page: the PBX's people and which console user each one is. */
public final class OperatorsViewModel {

    /** A list row: the operator and the linked console login ("" if none). */
    public record Row(Operators.Linked linked, String login) {
    }

    private record Loaded(List<Operators.Linked> operators, List<ConsoleUser> users) {
    }

    private final Operators operators;
    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ConsoleUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsoleUser> user = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OperatorsViewModel(Operators operators, Accounts accounts, TaskRunner tasks, Messages messages) {
        this.operators = operators;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> user.set(now == null || now.linked().userId() == null ? null
                : users.stream().filter(u -> u.id() == now.linked().userId()).findFirst().orElse(null)));
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<ConsoleUser> users() { return users; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ObjectProperty<ConsoleUser> userProperty() { return user; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        tasks.run(() -> new Loaded(operators.list(), accounts.list()), loaded -> {
            Map<Long, String> logins = new HashMap<>();
            loaded.users().forEach(u -> logins.put(u.id(), u.login()));
            users.setAll(loaded.users());
            rows.setAll(loaded.operators().stream()
                    .map(o -> new Row(o, o.userId() == null ? "" : logins.getOrDefault(o.userId(), ""))).toList());
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }

    public void link() {
        Row row = selected.get();
        ConsoleUser target = user.get();
        if (row == null || target == null) {
            message.set(messages.get("admin.operators.choose"));
            return;
        }
        tasks.run(() -> {
            operators.link(target.id(), row.linked().operator().pbxId());
            return target.login();
        }, login -> {
            message.set(messages.get("admin.operators.linked", row.linked().operator().name(), login));
            load();
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }
}
