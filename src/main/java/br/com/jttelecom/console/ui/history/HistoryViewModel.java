package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.StoredHistoryPage;
import br.com.jttelecom.console.service.history.PageMark;
import br.com.jttelecom.console.ui.LatestQuery;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The local history tab: the filter form, one page of rows, next/previous by keyset cursors and the
 * total. Every query runs through the {@link TaskRunner}; a reply to a query the user has since
 * replaced (a newer search, another page) is dropped, so a slow count never overwrites a fresh page.
 */
public final class HistoryViewModel {

    /** The lead field offers this many names as the person types. */
    static final int LEAD_SUGGESTIONS = 8;

    private final Messages messages;
    private final CallHistory history;
    private final CallTexts texts;
    private final TaskRunner tasks;
    private final int pageSize;
    private final HistoryFilterForm form = new HistoryFilterForm();
    private final HistoryChoices choices;
    private final ObservableList<FilterChoice> agents = FXCollections.observableArrayList();

    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showsAgent = new ReadOnlyBooleanWrapper(true);

    /** Where each page visited so far starts; index 0 is the first page (null cursor). */
    private final List<PageMark> pageStarts = new ArrayList<>();
    private HistoryFilter current;
    private PageMark nextCursor;
    private int pageIndex;
    private long total = -1;
    private final LatestQuery query = new LatestQuery();
    private long suggestionGeneration;

    public HistoryViewModel(Messages messages, CallHistory history, CallTexts texts, TaskRunner tasks, int pageSize) {
        this(messages, history, texts, tasks, pageSize, HistoryChoices.none());
    }

    /** @param choices the agents and leads the filters offer by name */
    public HistoryViewModel(Messages messages, CallHistory history, CallTexts texts, TaskRunner tasks, int pageSize,
                            HistoryChoices choices) {
        this.choices = choices;
        this.messages = messages;
        this.history = history;
        this.texts = texts;
        this.tasks = tasks;
        this.pageSize = pageSize;
    }

    /** Shows the filter saved last time (with its lead's name) and runs it; reads the agents the filter offers. */
    public void start() {
        loading.set(true);
        tasks.run(() -> {
            HistoryFilter saved = history.savedFilter();
            String leadName = saved.leadId() == null ? null : choices.leadName(saved.leadId()).orElse(null);
            return new Saved(saved, leadName, choices.agents());
        }, saved -> {
            agents.setAll(saved.agents());
            form.show(saved.filter());
            if (saved.leadName() != null) {
                form.pickLead(saved.filter().leadId(), saved.leadName());
            }
            search();
        }, error -> {
            loading.set(false);
            message.set(messages.get("history.error.load"));
        });
    }

    private record Saved(HistoryFilter filter, String leadName, List<FilterChoice> agents) {
    }

    /**
     * Runs the form's filter from the first page and remembers it for the next start. A lead name typed but not
     * picked from the suggestions is looked up first: one lead of that name is taken, otherwise the list says so.
     */
    public void search() {
        if (form.leadTypedNotPicked()) {
            String typed = form.leadTextProperty().get().strip();
            tasks.run(() -> choices.leadsMatching(typed, 2), found -> {
                if (found.size() == 1) {
                    form.pickLead(found.get(0).id(), found.get(0).name());
                    runSearch();
                } else {
                    message.set(messages.get(found.isEmpty() ? "history.filter.lead.none" : "history.filter.lead.many",
                            typed));
                }
            }, error -> message.set(messages.get("history.error.load")));
            return;
        }
        runSearch();
    }

    /** "Limpar filtros": every filter open again over the last seven days, and the list read again. */
    public void clearFilters() {
        form.clear();
        search();
    }

    /**
     * Suggestions for the lead field as its name is typed, read off the FX thread; an answer to text typed since
     * is dropped, so a slow lookup never shows names for an older word.
     */
    public void suggestLeads(String typed, java.util.function.Consumer<List<FilterChoice>> show) {
        long mine = ++suggestionGeneration;
        if (typed == null || typed.isBlank()) {
            show.accept(List.of());
            return;
        }
        String words = typed.strip();
        tasks.run(() -> choices.leadsMatching(words, LEAD_SUGGESTIONS), found -> {
            if (mine == suggestionGeneration) {
                show.accept(found);
            }
        }, error -> show.accept(List.of()));
    }

    /** The agents the agent filter offers, by name (empty for an agent: their history is theirs alone). */
    public ObservableList<FilterChoice> agents() {
        return agents;
    }

    private void runSearch() {
        current = form.toFilter();
        pageStarts.clear();
        pageStarts.add(null);
        total = -1;
        countFailed = false;
        query.next();
        HistoryFilter filter = current;
        query.add(tasks.run(() -> {
            history.saveFilter(filter);
            return history.count(filter);
        }, count -> {
            total = count;
            updateSummary();
        }, error -> {
            // The page is shown all the same: only its total is unknown, and the summary must not say "contando…" forever.
            summary.set(messages.get("history.summary.noTotal", pageIndex + 1));
            countFailed = true;
        }));
        load(0);
    }

    public void nextPage() {
        if (hasNext.get() && !loading.get()) {
            if (pageStarts.size() == pageIndex + 1) {
                pageStarts.add(nextCursor);
            }
            query.next();
            load(pageIndex + 1);
        }
    }

    public void previousPage() {
        if (pageIndex > 0 && !loading.get()) {
            query.next();
            load(pageIndex - 1);
        }
    }

    private void load(int index) {
        loading.set(true);
        message.set("");
        HistoryFilter filter = current;
        PageMark start = pageStarts.get(index);
        query.add(tasks.run(() -> history.page(filter, start, pageSize), page -> show(index, page), error -> {
            loading.set(false);
            rows.clear();
            message.set(messages.get("history.error.load"));
        }));
    }

    private void show(int index, StoredHistoryPage page) {
        loading.set(false);
        pageIndex = index;
        nextCursor = page.next();
        rows.setAll(page.calls().stream().map(c -> texts.row(c, page.leadName(c))).toList());
        showsAgent.set(!page.onlyOwnCalls());
        hasNext.set(page.hasMore());
        hasPrevious.set(index > 0);
        message.set(rows.isEmpty() ? messages.get("history.empty") : "");
        updateSummary();
    }

    private boolean countFailed;

    private void updateSummary() {
        if (total < 0 && countFailed) {
            summary.set(messages.get("history.summary.noTotal", pageIndex + 1));
            return;
        }
        // The count in words ("1 chamada"), formatted in the console's language; "…" while it is being counted.
        summary.set(total < 0 ? messages.get("history.summary.counting", pageIndex + 1)
                : messages.get("history.summary", total, pageIndex + 1));
    }

    /** The filter currently shown (what an export should write). */
    public HistoryFilter currentFilter() {
        return current == null ? form.toFilter() : current;
    }

    public HistoryFilterForm form() {
        return form;
    }

    public ObservableList<CallRow> rows() {
        return rows;
    }

    public int pageIndex() {
        return pageIndex;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** Whether the agent column says anything: not for an agent, whose history holds only their own calls. */
    public ReadOnlyBooleanProperty showsAgentProperty() {
        return showsAgent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }
}
