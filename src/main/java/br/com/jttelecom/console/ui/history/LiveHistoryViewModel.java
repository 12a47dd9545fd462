package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.LiveCall;
import br.com.jttelecom.console.service.history.PbxHistoryPage;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.PbxQueryFailed;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Direto do PABX": the history filter run against the PBX itself, page by page as the PBX pages
 * ({@code pos_registro_inicial}/{@code quantidade}), and the calls in progress now. Pages already
 * fetched are kept, so "previous" costs no request.
 */
public final class LiveHistoryViewModel {

    private final Messages messages;
    private final PbxLiveHistory live;
    private final Supplier<HistoryFilter> filter;
    private final CallTexts texts;
    private final TaskRunner tasks;

    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LiveCall> inProgress = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inProgressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();

    private final List<PbxHistoryPage> fetched = new ArrayList<>();
    private PbxLiveHistory.Pages pages;
    private int index;
    private final LatestQuery query = new LatestQuery();

    public LiveHistoryViewModel(Messages messages, PbxLiveHistory live, Supplier<HistoryFilter> filter,
                                CallTexts texts, TaskRunner tasks) {
        this.messages = messages;
        this.live = live;
        this.filter = filter;
        this.texts = texts;
        this.tasks = tasks;
    }

    /** Asks the PBX again, from its first page, with the history tab's current filter. */
    public void search() {
        fetched.clear();
        pages = live.open(filter.get());
        fetch();
        refreshCallsInProgress();
    }

    public void nextPage() {
        if (loading.get() || !hasNext.get()) {
            return;
        }
        if (index + 1 < fetched.size()) {
            show(index + 1);
        } else {
            fetch();
        }
    }

    public void previousPage() {
        if (!loading.get() && index > 0) {
            show(index - 1);
        }
    }

    public void refreshCallsInProgress() {
        tasks.run(live::callsInProgress, calls -> {
            inProgress.setAll(calls);
            inProgressMessage.set(calls.isEmpty() ? messages.get("history.live.noCallsInProgress") : "");
        }, error -> {
            inProgress.clear();
            inProgressMessage.set(failure(error));
        });
    }

    private void fetch() {
        query.next();
        loading.set(true);
        message.set("");
        PbxLiveHistory.Pages source = pages;
        query.add(tasks.run(source::next, page -> {
            loading.set(false);
            page.ifPresentOrElse(p -> {
                fetched.add(p);
                show(fetched.size() - 1);
            }, () -> {
                hasNext.set(false);
                if (fetched.isEmpty()) {
                    rows.clear();
                    message.set(messages.get("history.live.empty"));
                }
            });
        }, error -> {
            loading.set(false);
            rows.clear();
            message.set(failure(error));
        }));
    }

    private void show(int i) {
        index = i;
        PbxHistoryPage page = fetched.get(i);
        rows.setAll(page.calls().stream().map(texts::row).toList());
        hasNext.set(page.hasMore() || i + 1 < fetched.size());
        hasPrevious.set(i > 0);
        summary.set(messages.get("history.live.summary", page.total(), i + 1));
        message.set(rows.isEmpty() ? messages.get("history.live.pageEmpty") : "");
    }

    /** The PBX's sentence (or "not configured") in the page's language; never a stack trace. */
    private String failure(Throwable error) {
        Throwable e = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return e instanceof PbxQueryFailed failed ? failed.in(messages) : messages.get("history.live.failed");
    }

    public ObservableList<CallRow> rows() { return rows; }
    public ObservableList<LiveCall> inProgress() { return inProgress; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inProgressMessageProperty() { return inProgressMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasNextProperty() { return hasNext.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }
}
