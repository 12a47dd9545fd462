package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.service.stats.StatsExport;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.service.sync.SyncStatus;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.fx.FxDebouncer;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.shell.NavPage;
import br.com.jttelecom.console.ui.stats.StatsView;
import br.com.jttelecom.console.ui.stats.StatsViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Builds the stats page and wires its live refresh: when a history sync finishes or the tracker
 * learns a call's final status, the shown period is recalculated (debounced; the incremental path
 * re-reads only the hours that changed).
 */
final class StatsComposition {

    /** A sync lands pages and the tracker ends calls in bursts: one recalculation per quiet second. */
    private static final Duration LIVE_QUIET = Duration.ofSeconds(1);

    private StatsComposition() {
    }

    /** Undoing the parts takes the live refresh's listeners off the history sync and the call tracker. */
    static FeatureParts parts(ConsoleRuntime runtime, AdminServices admin, TaskRunner tasks) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = runtime.clock();
        Repositories store = runtime.repositories();
        // The service narrows every report to what the signed-in person may see (own, team, all).
        Stats stats = new Stats(store.callStats(), store.operatorSpans(), clock, zone)
                .limitedTo(admin.visibility()::current).naming(admin.visibility()::linkedOperators);
        Supplier<StatsScope> scope = StatsScope::all;
        StatsViewModel model = new StatsViewModel(runtime.messages(), stats, new StatsExport(runtime.messages(),
                admin.audit()), tasks, clock, zone, scope, runtime.preferences());
        FxDebouncer debouncer = new FxDebouncer(LIVE_QUIET);
        Runnable live = () -> tasks.onUiThread(() -> debouncer.schedule(model::liveUpdate));
        HistorySyncListener synced = new HistorySyncListener() {
            @Override
            public void status(SyncStatus status) {
                if (status.phase() == SyncStatus.Phase.IDLE) {
                    live.run();
                }
            }
        };
        CallListener ended = new CallListener() {
            @Override
            public void callChanged(TrackedCall call) {
                if (call.finalStatus() != null) {
                    live.run();
                }
            }
        };
        runtime.historySync().ifPresent(sync -> sync.addListener(synced));
        runtime.calls().ifPresent(calls -> calls.tracker().addListener(ended));
        return FeatureParts.builder()
                .controller(StatsView.class, () -> new StatsView(model))
                .page(NavPage.STATS, FxmlView.STATS)
                .build(() -> {
                    runtime.historySync().ifPresent(sync -> sync.removeListener(synced));
                    runtime.calls().ifPresent(calls -> calls.tracker().removeListener(ended));
                });
    }
}
