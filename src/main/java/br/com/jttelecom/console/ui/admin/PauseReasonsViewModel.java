package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.operator.PauseReasons;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Motivos de pausa page: the list, adding a reason, retiring or bringing one back. */
public final class PauseReasonsViewModel {

    private final PauseReasons reasons;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<PauseReasons.Reason> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PauseReasonsViewModel(PauseReasons reasons, TaskRunner tasks, Messages messages) {
        this.reasons = reasons;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObservableList<PauseReasons.Reason> rows() { return rows; }
    public StringProperty newNameProperty() { return newName; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        tasks.run(reasons::all, rows::setAll, e -> message.set(ErrorSentences.of(e, messages)));
    }

    public void add() {
        String name = newName.get();
        tasks.run(() -> {
            reasons.add(name);
            return name.strip();
        }, added -> {
            newName.set("");
            message.set(messages.get("admin.pause.added", added));
            load();
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }

    /** Retires an active reason, or brings a retired one back. */
    public void toggle(PauseReasons.Reason reason) {
        if (reason == null) {
            return;
        }
        tasks.run(() -> {
            reasons.setActive(reason, !reason.active());
            return reason.name();
        }, name -> {
            message.set("");
            load();
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }
}
