package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.Dispositions;
import br.com.jttelecom.console.ui.fx.ShortcutText;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.List;
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
import javafx.scene.input.KeyCombination;

/**
 * The Resultados de chamada page: the wrap-up rules (seconds, disposition required) and the list of dispositions,
 * with a form to add one or edit the selected one (name, group, shortcut), and retiring or bringing one back.
 * The form is checked here, in the person's language, before the service is asked.
 */
public final class DispositionsViewModel {

    private static final int MAX_NAME = 64;

    private final Dispositions dispositions;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Disposition> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Disposition> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> group = new SimpleObjectProperty<>(Outcome.PRODUCTIVE);
    private final StringProperty shortcut = new SimpleStringProperty("");
    private final StringProperty wrapUpSeconds = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rulesMessage = new ReadOnlyStringWrapper("");

    public DispositionsViewModel(Dispositions dispositions, TaskRunner tasks, Messages messages) {
        this.dispositions = dispositions;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, d) -> fill(d));
    }

    private record Loaded(List<Disposition> list, Dispositions.WrapUpRules rules) {
    }

    public void load() {
        tasks.run(() -> new Loaded(dispositions.all(), dispositions.rules()), loaded -> {
            rows.setAll(loaded.list());
            wrapUpSeconds.set(Integer.toString(loaded.rules().seconds()));
            required.set(loaded.rules().dispositionRequired());
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }

    private void fill(Disposition d) {
        editing.set(d != null);
        name.set(d == null ? "" : d.name());
        group.set(d == null ? Outcome.PRODUCTIVE : d.group());
        shortcut.set(d == null || d.shortcut() == null ? "" : shortcutText(d.shortcut()));
    }

    /** An empty form, for a new disposition. */
    public void startNew() {
        selected.set(null);
        fill(null);
        message.set("");
    }

    /** Adds the form's disposition, or saves the one being edited. */
    public void save() {
        String n = name.get() == null ? "" : name.get().strip();
        Disposition editingNow = selected.get();
        String problem = problem(n, editingNow);
        if (problem != null) {
            message.set(problem);
            return;
        }
        KeyCombination key = key(shortcut.get());
        String stored = key == null ? null : key.getName();
        Outcome g = group.get();
        tasks.run(() -> {
            if (editingNow == null) {
                dispositions.add(n, g, stored);
            } else {
                dispositions.update(new Disposition(editingNow.id(), n, g, stored, editingNow.active()));
            }
            return n;
        }, saved -> {
            message.set(messages.get("admin.dispositions.saved", saved));
            if (editingNow == null) {
                fill(null);
            }
            load();
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }

    /** The first thing wrong with the form, in the person's language; null when it may be saved. */
    private String problem(String n, Disposition self) {
        if (n.isEmpty() || n.length() > MAX_NAME) {
            return messages.get("admin.dispositions.nameLength", Integer.toString(MAX_NAME));
        }
        if (group.get() == null) {
            return messages.get("admin.dispositions.groupMissing");
        }
        String typed = shortcut.get() == null ? "" : shortcut.get().strip();
        KeyCombination key = key(typed);
        if (!typed.isEmpty() && key == null) {
            return messages.get("admin.dispositions.shortcutInvalid", typed);
        }
        for (Disposition d : rows) {
            if (self != null && d.id() == self.id()) {
                continue;
            }
            if (d.name().equalsIgnoreCase(n)) {
                return messages.get("admin.dispositions.nameTaken", n);
            }
            // Compared as the keyboard reads them: "Ctrl+1" typed here is the seeded "Shortcut+1" on Linux and Windows.
            KeyCombination other = key(d.shortcut());
            if (key != null && d.active() && other != null && key.getDisplayText().equals(other.getDisplayText())) {
                return messages.get("admin.dispositions.shortcutTaken", key.getDisplayText(), d.name());
            }
        }
        return null;
    }

    /** Retires an active disposition, or brings a retired one back. */
    public void toggle(Disposition d) {
        if (d == null) {
            return;
        }
        tasks.run(() -> {
            dispositions.setActive(d, !d.active());
            return d.name();
        }, done -> {
            message.set(messages.get(d.active() ? "admin.dispositions.retired" : "admin.dispositions.restored", done));
            load();
        }, e -> message.set(ErrorSentences.of(e, messages)));
    }

    public void saveRules() {
        int seconds;
        try {
            seconds = Integer.parseInt(wrapUpSeconds.get() == null ? "" : wrapUpSeconds.get().strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0 || seconds > Dispositions.MAX_WRAP_UP_SECONDS) {
            rulesMessage.set(messages.get("admin.wrapup.secondsRange", Integer.toString(Dispositions.MAX_WRAP_UP_SECONDS)));
            return;
        }
        Dispositions.WrapUpRules rules = new Dispositions.WrapUpRules(seconds, required.get());
        tasks.run(() -> {
            dispositions.saveRules(rules);
            return rules;
        }, ok -> rulesMessage.set(messages.get("admin.wrapup.saved")), e -> rulesMessage.set(ErrorSentences.of(e, messages)));
    }

    static KeyCombination key(String text) {
        return ShortcutText.parse(text);
    }

    /** How a stored shortcut reads on this platform ("Ctrl+1"), or the stored text when it does not read as one. */
    public String shortcutText(String stored) {
        KeyCombination key = key(stored);
        return key == null ? (stored == null ? "" : stored) : key.getDisplayText();
    }

    public String groupText(Outcome o) {
        return o == null ? "" : messages.get("call.outcome." + o.name());
    }

    public String activeText(Disposition d) {
        return messages.get(d.active() ? "users.active.yes" : "users.active.no");
    }

    public List<Outcome> groups() { return List.of(Outcome.values()); }
    public ObservableList<Disposition> rows() { return rows; }
    public ObjectProperty<Disposition> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Outcome> groupProperty() { return group; }
    public StringProperty shortcutProperty() { return shortcut; }
    public StringProperty wrapUpSecondsProperty() { return wrapUpSeconds; }
    public BooleanProperty requiredProperty() { return required; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rulesMessageProperty() { return rulesMessage.getReadOnlyProperty(); }
}
