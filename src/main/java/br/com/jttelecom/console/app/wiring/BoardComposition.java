package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.board.BoardSettings;
import br.com.jttelecom.console.service.board.LiveBoard;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.ui.fx.FxmlLoaderFactory;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.board.LiveBoardView;
import br.com.jttelecom.console.ui.board.LiveBoardViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * Builds the live board (supervisors and admins) on the call tracker's online feed, so the board and the tracker
 * share one poll of the calls in progress. Without a PBX client there is no tracker and no board page.
 */
final class BoardComposition {

    private BoardComposition() {
    }

    static void register(ConsoleRuntime runtime, SecurityServices security, TaskRunner tasks,
                         Map<Class<?>, Supplier<?>> controllers) {
        runtime.calls().ifPresent(calls -> runtime.pabxClient().ifPresent(pbx -> {
            Clock clock = Clock.systemUTC();
            var jdbi = runtime.database().jdbi();
            LiveBoard board = new LiveBoard(pbx, calls.tracker().onlineFeed(), new OperatorSpanQuery(jdbi),
                    security.session(), security.visibility()::current,
                    new BoardSettings(new SettingRepository(jdbi, clock)), clock)
                    .naming(security.visibility()::linkedOperators);
            LiveBoardViewModel model = new LiveBoardViewModel(runtime.messages(), board, tasks, clock,
                    ZoneId.systemDefault(), runtime.phoneNumbers()::displayFromPbx);
            controllers.put(LiveBoardView.class, () -> new LiveBoardView(model));
        }));
    }

    static void registerPage(Map<Class<?>, Supplier<?>> controllers, Map<NavPage, Supplier<Parent>> pages,
                             FxmlLoaderFactory loaders) {
        if (controllers.containsKey(LiveBoardView.class)) {
            pages.put(NavPage.BOARD, () -> loaders.load(FxmlView.BOARD));
        }
    }
}
