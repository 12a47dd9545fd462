package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.board.BoardSettings;
import br.com.jttelecom.console.service.board.LiveBoard;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.board.LiveBoardView;
import br.com.jttelecom.console.ui.board.LiveBoardViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Builds the live board (supervisors and admins) on the call tracker's online feed, so the board and the tracker
 * share one poll of the calls in progress. Without a PBX client there is no tracker and no board page.
 */
final class BoardComposition {

    private BoardComposition() {
    }

    static FeatureParts parts(ConsoleRuntime runtime, AdminServices admin, TaskRunner tasks) {
        return runtime.calls().flatMap(calls -> runtime.pabxClient().map(pbx -> {
            Clock clock = runtime.clock();
            Repositories store = runtime.repositories();
            LiveBoard board = new LiveBoard(pbx, calls.tracker().onlineFeed(), store.operatorSpans(),
                    admin.session(), admin.visibility()::current, new BoardSettings(store.settings()), clock)
                    .naming(admin.visibility()::linkedOperators);
            LiveBoardViewModel model = new LiveBoardViewModel(runtime.messages(), board, tasks, clock,
                    ZoneId.systemDefault(), runtime.phoneNumbers()::displayFromPbx);
            return FeatureParts.builder()
                    .controller(LiveBoardView.class, () -> new LiveBoardView(model))
                    .page(NavPage.BOARD, FxmlView.BOARD)
                    .build();
        })).orElse(FeatureParts.NONE);
    }
}
