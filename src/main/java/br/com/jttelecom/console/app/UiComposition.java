package br.com.jttelecom.console.app;

import br.com.jttelecom.console.service.ConsoleUser;
import br.com.jttelecom.console.ui.FxTaskRunner;
import br.com.jttelecom.console.ui.FxmlLoaderFactory;
import br.com.jttelecom.console.ui.FxmlView;
import br.com.jttelecom.console.ui.MainWindow;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.connection.ConnectionView;
import br.com.jttelecom.console.ui.connection.ConnectionViewModel;
import br.com.jttelecom.console.ui.shell.MainWindowView;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import javafx.scene.Parent;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The UI half of the composition root: view-models and controllers, each built once. */
final class UiComposition {

    private final ConsoleRuntime runtime;
    private final TaskRunner tasks;
    private final SecurityServices security;

    UiComposition(ConsoleRuntime runtime, SecurityServices security) {
        this.runtime = runtime;
        this.security = security;
        this.tasks = new FxTaskRunner(runtime.background());
    }

    MainWindow.Parts mainWindowParts(Runnable exit, Runnable signOut) {
        AppConfig config = runtime.config();
        ConsoleUser user = security.session().requireUser();
        // The status bar names the console user (who is accountable), not the PBX API user.
        String userText = runtime.messages().get("status.user.signedIn", user.displayName(),
                runtime.messages().get("users.role." + user.role().name()));
        MainWindowViewModel mainViewModel = new MainWindowViewModel(runtime.messages(), runtime.preferences(),
                runtime.connectionMonitor(), tasks, config.demo(), userText);
        ConnectionViewModel connectionViewModel = new ConnectionViewModel(runtime.messages(), runtime.connectionMonitor(),
                tasks, config.demo(), runtime.pbxBaseUrl(), runtime.pbxUser(), ZoneId.systemDefault());

        Map<NavPage, Supplier<Parent>> pages = new EnumMap<>(NavPage.class);
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainViewModel, runtime.messages(), pages, exit, signOut));
        controllers.put(ConnectionView.class, () -> new ConnectionView(connectionViewModel));
        AdminComposition admin = new AdminComposition(runtime, security, tasks);
        admin.registerControllers(controllers);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(runtime.messages(), controllers);
        admin.registerPages(pages, loaders);
        pages.put(NavPage.CONNECTION, () -> loaders.load(FxmlView.CONNECTION));
        pages.keySet().removeIf(page -> !page.visibleTo(user.role()));

        Parent root = loaders.load(FxmlView.MAIN_WINDOW);
        return new MainWindow.Parts(root, mainViewModel, runtime.preferences(), () -> connectionViewModel.dispose());
    }
}
