package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.history.Recordings;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.ui.fx.FxDebouncer;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.history.CallDetailView;
import br.com.jttelecom.console.ui.history.CallDetailViewModel;
import br.com.jttelecom.console.ui.history.CallTexts;
import br.com.jttelecom.console.ui.history.ExportViewModel;
import br.com.jttelecom.console.ui.history.HistoryView;
import br.com.jttelecom.console.ui.history.HistoryViewModel;
import br.com.jttelecom.console.ui.history.LiveHistoryView;
import br.com.jttelecom.console.ui.history.LiveHistoryViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the history page's services and view-models and registers its three controllers. */
final class HistoryComposition {

    static final int PAGE_SIZE = 100;
    private static final Duration NOTES_QUIET = Duration.ofMillis(600);

    private HistoryComposition() {
    }

    static void register(ConsoleRuntime runtime, SecurityServices security, TaskRunner tasks,
                         Map<Class<?>, Supplier<?>> controllers) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.systemUTC();
        var jdbi = runtime.database().jdbi();
        CallRepository calls = new CallRepository(jdbi, clock);
        CallHistory history = new CallHistory(calls, new CallEventRepository(jdbi), new SettingRepository(jdbi, clock),
                new LeadLookup(jdbi), clock, zone).limitedTo(security.visibility()::current)
                .readingNumbersWith(runtime.typedNumbers())
                .savingFiltersFor(() -> security.session().user().map(ConsoleUser::id));
        CallTexts texts = new CallTexts(runtime.messages(), runtime.phoneNumbers(), zone, clock);
        Recordings recordings = new Recordings(Path.of(System.getProperty("java.io.tmpdir"), "jt-console-gravacoes"));

        HistoryViewModel historyModel = new HistoryViewModel(runtime.messages(), history, texts, tasks, PAGE_SIZE,
                new HistoryNameChoices(new UserRepository(jdbi, clock), security.visibility(), runtime.leads()));
        ExportViewModel exportModel = new ExportViewModel(runtime.messages(),
                new HistoryExport(calls, history, runtime.messages(), security.audit()), historyModel::currentFilter, tasks);
        var dispositions = new br.com.jttelecom.console.store.DispositionRepository(jdbi);
        CallDetailViewModel detailModel = new CallDetailViewModel(runtime.messages(), history, recordings, texts, tasks,
                new FxDebouncer(NOTES_QUIET), dispositions::active);
        LiveHistoryViewModel liveModel = new LiveHistoryViewModel(runtime.messages(),
                new PbxLiveHistory(runtime::pabxClient, clock, zone)
                .limitedTo(security.visibility()::current), () -> historyModel.form().toFilter(), texts, tasks);

        controllers.put(HistoryView.class, () -> new HistoryView(historyModel, exportModel, detailModel, runtime.messages()));
        controllers.put(CallDetailView.class, () -> new CallDetailView(detailModel, runtime.messages()));
        controllers.put(LiveHistoryView.class, () -> new LiveHistoryView(liveModel));
    }
}
