package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.util.Duration;

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

    /**
     * The lead field: a short pause after the last key, the leads whose name starts with what is typed are listed
     * under the field; a click (or Enter on one) picks it. A plain menu, not a completion library's popup: those
     * reach into JavaFX internals that a modular run (the installed console) does not open to them.
     */
    static void leads(TextField field, HistoryFilterForm form,
                      BiConsumer<String, Consumer<List<FilterChoice>>> suggest) {
        field.textProperty().bindBidirectional(form.leadTextProperty());
        ContextMenu menu = new ContextMenu();
        menu.setId("leadSuggestions");
        PauseTransition quiet = new PauseTransition(SUGGEST_AFTER);
        boolean[] picking = {false};
        quiet.setOnFinished(e -> suggest.accept(field.getText(), found -> {
            if (found.isEmpty() || !field.isFocused() || form.leadIdProperty().get() != null) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(found.stream().map(choice -> {
                MenuItem item = new MenuItem(choice.name());
                item.setOnAction(a -> {
                    picking[0] = true;
                    form.pickLead(choice.id(), choice.name());
                    picking[0] = false;
                    field.positionCaret(field.getText().length());
                });
                return item;
            }).toList());
            if (!menu.isShowing()) {
                menu.show(field, Side.BOTTOM, 0, 0);
            }
        }));
        field.textProperty().addListener((obs, old, now) -> {
            if (!picking[0]) {
                quiet.playFromStart();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                quiet.stop();
            }
        });
    }

    /** Typing pauses this long before the names are looked up: one lookup per word, not per key. */
    static final Duration SUGGEST_AFTER = Duration.millis(200);
}
