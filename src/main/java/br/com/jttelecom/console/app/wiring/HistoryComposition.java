package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.history.Recordings;
import br.com.jttelecom.console.ui.fx.FxDebouncer;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.history.CallDetailView;
import br.com.jttelecom.console.ui.history.CallDetailViewModel;
import br.com.jttelecom.console.ui.history.CallTexts;
import br.com.jttelecom.console.ui.history.ExportViewModel;
import br.com.jttelecom.console.ui.history.HistoryView;
import br.com.jttelecom.console.ui.history.HistoryViewModel;
import br.com.jttelecom.console.ui.history.LiveHistoryView;
import br.com.jttelecom.console.ui.history.LiveHistoryViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Builds the history page's services and view-models and registers its three controllers. */
final class HistoryComposition {

    static final int PAGE_SIZE = 100;
    private static final Duration NOTES_QUIET = Duration.ofMillis(600);

    private HistoryComposition() {
    }

    static FeatureParts parts(ConsoleRuntime runtime, AdminServices admin, TaskRunner tasks) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = runtime.clock();
        Repositories store = runtime.repositories();
        CallHistory history = new CallHistory(store.calls(), store.callEvents(), store.settings(), store.leadLookup(),
                clock, zone).limitedTo(admin.visibility()::current)
                .readingNumbersWith(runtime.typedNumbers())
                .savingFiltersFor(() -> admin.session().user().map(ConsoleUser::id));
        CallTexts texts = new CallTexts(runtime.messages(), runtime.phoneNumbers(), zone, clock);
        Recordings recordings = new Recordings(Path.of(System.getProperty("java.io.tmpdir"), "jt-console-gravacoes"));

        HistoryViewModel historyModel = new HistoryViewModel(runtime.messages(), history, texts, tasks, PAGE_SIZE,
                new HistoryNameChoices(store.users(), admin.visibility(), runtime.leads()));
        ExportViewModel exportModel = new ExportViewModel(runtime.messages(),
                new HistoryExport(store.calls(), history, runtime.messages(), admin.audit()), historyModel::currentFilter,
                tasks);
        CallDetailViewModel detailModel = new CallDetailViewModel(runtime.messages(), history, recordings, texts, tasks,
                new FxDebouncer(NOTES_QUIET), store.dispositions()::active);
        LiveHistoryViewModel liveModel = new LiveHistoryViewModel(runtime.messages(),
                new PbxLiveHistory(runtime::pabxClient, clock, zone)
                .limitedTo(admin.visibility()::current), () -> historyModel.form().toFilter(), texts, tasks);

        return FeatureParts.builder()
                .controller(HistoryView.class, () -> new HistoryView(historyModel, exportModel, detailModel,
                        runtime.messages()))
                .controller(CallDetailView.class, () -> new CallDetailView(detailModel, runtime.messages()))
                .controller(LiveHistoryView.class, () -> new LiveHistoryView(liveModel))
                .page(NavPage.HISTORY, FxmlView.HISTORY)
                .build();
    }
}
