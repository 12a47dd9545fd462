package br.com.jttelecom.console.ui.unidentified;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.ui.LatestQuery;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Vincular a lead": find the lead by name, company or phone as you type, pick one. */
public final class LinkLeadViewModel {

    /** A lead the agent can pick, as one line: name · company · phones. */
    public record Choice(long id, String name, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final int LIMIT = 30;

    private final Leads leads;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyStringWrapper searchError = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final LatestQuery searches = new LatestQuery();

    public LinkLeadViewModel(Leads leads, Messages messages, TaskRunner tasks) {
        this.leads = leads;
        this.messages = messages;
        this.tasks = tasks;
    }

    /** Searches off the FX thread; a late answer to an older query is dropped. */
    public void search(String typed) {
        searches.next();
        String query = typed == null ? "" : typed;
        searches.add(tasks.run(() -> leads.search(query, LIMIT).stream().map(s -> choice(s.lead())).toList(), found -> {
            searchError.set("");
            choices.setAll(found);
            selected.set(found.size() == 1 ? found.get(0) : null);
        }, error -> {
            choices.clear();
            searchError.set(messages.get("leads.error.load"));
        }));
    }

    private Choice choice(Lead lead) {
        String phones = lead.phones().stream().map(leads::display).collect(Collectors.joining(", "));
        String label = Stream.of(lead.name(), lead.company(), phones).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new Choice(lead.id(), lead.name(), label);
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** Why the list is empty when the search itself failed ("" otherwise): an empty list must not read as "no lead". */
    public javafx.beans.property.ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    /** The sentence under the search: what linking does to the number. */
    public String explanation(String displayNumber) {
        return messages.get("unidentified.link.explain", displayNumber);
    }
}
