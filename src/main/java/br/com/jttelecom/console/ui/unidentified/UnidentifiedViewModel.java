package br.com.jttelecom.console.ui.unidentified;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.service.history.StoredHistoryPage;
import br.com.jttelecom.console.service.history.PageMark;
import br.com.jttelecom.console.service.history.UnidentifiedCalls;
import br.com.jttelecom.console.ui.LatestQuery;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.history.CallTexts;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Chamadas não identificadas": the calls no lead claims, newest first, a keyset page at a time ("Carregar
 * mais" appends the next), with their total; linking a number to a lead takes its rows off the list.
 * Every query runs through the {@link TaskRunner}; an answer to a list the agent has since reloaded is dropped.
 */
public final class UnidentifiedViewModel {

    private final Messages messages;
    private final UnidentifiedCalls calls;
    private final CallTexts texts;
    private final TaskRunner tasks;
    private final int pageSize;

    private final ObservableList<UnidentifiedRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showsAgent = new ReadOnlyBooleanWrapper(true);
    private PageMark next;
    private final LatestQuery query = new LatestQuery();

    public UnidentifiedViewModel(Messages messages, UnidentifiedCalls calls, CallTexts texts, TaskRunner tasks, int pageSize) {
        this.messages = messages;
        this.calls = calls;
        this.texts = texts;
        this.tasks = tasks;
        this.pageSize = pageSize;
    }

    /** The first page again, and the total. */
    public void refresh() {
        showsAgent.set(!calls.ownCallsOnly());
        query.next();
        next = null;
        recount();
        load(null, true);
    }

    /** Appends the next page (keyset: as cheap deep down as on top). */
    public void loadMore() {
        if (hasMore.get() && !loading.get()) {
            load(next, false);
        }
    }

    private void load(PageMark start, boolean replace) {
        loading.set(true);
        query.add(tasks.run(() -> rowsOf(calls.page(start, pageSize)), page -> {
            loading.set(false);
            next = page.next();
            hasMore.set(page.next() != null);
            if (replace) {
                rows.setAll(page.rows());
            } else {
                rows.addAll(page.rows());
            }
            message.set(rows.isEmpty() ? messages.get("unidentified.empty") : "");
        }, error -> {
            loading.set(false);
            message.set(messages.get("unidentified.error.load"));
        }));
    }

    private record Rows(List<UnidentifiedRow> rows, PageMark next) {
    }

    /** Background thread: the page's calls as rows, with the count of each number's calls. */
    private Rows rowsOf(StoredHistoryPage page) {
        Map<String, Integer> perNumber = calls.callsPerNumber(
                new LinkedHashSet<>(page.calls().stream().map(Call::phoneNumber).toList()));
        return new Rows(page.calls().stream().map(c -> row(c, perNumber.getOrDefault(c.phoneNumber(), 1))).toList(),
                page.next());
    }

    private UnidentifiedRow row(Call c, int fromNumber) {
        String agent = c.operator() != null && !c.operator().isBlank() ? c.operator()
                : c.extension() == null ? "" : c.extension();
        return new UnidentifiedRow(c.id(), c.phoneNumber(), texts.number(c.phoneNumber()), texts.tableDateTime(c.startTime()),
                texts.direction(c.direction()), texts.status(c.status()), agent,
                messages.get("unidentified.fromNumber", fromNumber));
    }

    /** The total again (after a history sync brought calls), leaving the rows as they are. */
    public void recount() {
        query.add(tasks.run(calls::count, this::showTotal,
                error -> countText.set(messages.get("unidentified.count.unknown"))));
    }

    private void showTotal(long n) {
        total.set(n);
        countText.set(messages.get("unidentified.count", n, NumberFormat.getIntegerInstance(messages.locale()).format(n)));
    }

    /** Links the row's number to the lead: every call from it leaves the list. */
    public void link(UnidentifiedRow row, long leadId, String leadName) {
        String number = row.number();
        tasks.run(() -> calls.link(number, leadId), attached -> {
            rows.removeIf(r -> r.number().equals(number));
            message.set(messages.get("unidentified.linked", attached, row.displayNumber(), leadName));
            recount();
        }, error -> message.set(messages.get("unidentified.error.link", ErrorSentences.detail(error, messages))));
    }

    /** A lead was created for a row's number: its calls went with it; the list starts again from the top. */
    public void leadCreated() {
        refresh();
    }

    public ObservableList<UnidentifiedRow> rows() {
        return rows;
    }

    /** -1 until counted. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "37 chamadas sem lead". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** False for an agent, whose list holds only their own calls: the agent column would repeat their name. */
    public ReadOnlyBooleanProperty showsAgentProperty() {
        return showsAgent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }
}
