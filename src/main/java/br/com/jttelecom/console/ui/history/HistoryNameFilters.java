package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The history's agent and lead filters by name (they took ids before: nobody knows a lead's number): the agent
 * from a list of the people whose calls one may see, the lead from suggestions as its name is typed.
 */
final class HistoryNameFilters {

    /** Stands for "every agent" in the list, so the choice can be undone without a separate button. */
    private static final long EVERY_AGENT = -1;

    private HistoryNameFilters() {
    }

    static void agents(ComboBox<FilterChoice> box, ObservableList<FilterChoice> agents, ObjectProperty<Long> agentId,
                       Messages messages) {
        FilterChoice every = new FilterChoice(EVERY_AGENT, messages.get("history.filter.agent"));
        box.setConverter(HistoryControls.converter(FilterChoice::name));
        Runnable fill = () -> {
            box.getItems().setAll(every);
            box.getItems().addAll(agents);
            show(box, agentId.get(), every);
        };
        fill.run();
        agents.addListener((ListChangeListener<FilterChoice>) c -> fill.run());
        boolean[] syncing = {false};
        agentId.addListener((obs, old, now) -> {
            if (!syncing[0]) {
                show(box, now, every);
            }
        });
        box.valueProperty().addListener((obs, old, now) -> {
            syncing[0] = true;
            agentId.set(now == null || now.id() == EVERY_AGENT ? null : now.id());
            syncing[0] = false;
        });
    }

    /** Selects the agent of the id; one the list does not have (a saved filter's) is shown by its number. */
    private static void show(ComboBox<FilterChoice> box, Long id, FilterChoice every) {
        if (id == null) {
            box.setValue(every);
            return;
        }
        FilterChoice found = box.getItems().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        if (found == null) {
            found = new FilterChoice(id, "nº " + id);
            box.getItems().add(found);
        }
        box.setValue(found);
    }

    static void leads(TextField field, HistoryFilterForm form, Function<String, List<FilterChoice>> suggestions) {
        field.textProperty().bindBidirectional(form.leadTextProperty());
        // The completion asks for its suggestions on a thread of its own: the store is never read on the FX thread.
        AutoCompletionBinding<FilterChoice> completion = TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText()), HistoryControls.converter(FilterChoice::name));
        completion.setOnAutoCompleted(e -> {
            FilterChoice picked = Objects.requireNonNull(e.getCompletion());
            form.pickLead(picked.id(), picked.name());
        });
    }
}
