package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.app.config.AppConfig;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.connection.Diagnostics;
import br.com.jttelecom.console.ui.fx.CloseGuard;
import br.com.jttelecom.console.ui.fx.FxTaskRunner;
import br.com.jttelecom.console.ui.fx.FxmlLoaderFactory;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.fx.MainWindow;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.connection.ConnectionView;
import br.com.jttelecom.console.ui.connection.ConnectionViewModel;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsView;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsViewModel;
import br.com.jttelecom.console.ui.diagnostics.PbxAlertNotifier;
import br.com.jttelecom.console.ui.diagnostics.ReachabilityAlerts;
import br.com.jttelecom.console.ui.shell.AgentCommands;
import br.com.jttelecom.console.ui.shell.MainWindowView;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import br.com.jttelecom.console.ui.shell.MenuCommand;
import br.com.jttelecom.console.ui.shell.NavPage;
import br.com.jttelecom.console.ui.shell.SyncStatusView;
import br.com.jttelecom.console.ui.shell.SyncStatusViewModel;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;

/** The UI half of the composition root: view-models and controllers, each built once. */
public final class UiComposition {

    private final ConsoleRuntime runtime;
    private final TaskRunner tasks;
    private final SecurityServices security;

    public UiComposition(ConsoleRuntime runtime, SecurityServices security) {
        this.runtime = runtime;
        this.security = security;
        this.tasks = new FxTaskRunner(runtime.background());
    }

    public MainWindow.Parts mainWindowParts(Runnable exit, Runnable signOut) {
        AppConfig config = runtime.config();
        ConsoleUser user = security.session().requireUser();
        // The status bar names the console user (who is accountable), not the PBX API user.
        String userText = runtime.messages().get("status.user.signedIn", user.displayName(),
                runtime.messages().get("users.role." + user.role().name()));
        MainWindowViewModel mainViewModel = new MainWindowViewModel(runtime.messages(), runtime.preferences(),
                runtime.connectionMonitor(), tasks, config.demo(), userText);
        runtime.recoveryNotice().ifPresent(mainViewModel::showNotice); // a database restored at this start
        Runnable detachTheme = LiveSettingsComposition.applyTheme(security.settingsAdmin(), mainViewModel, tasks);
        ConnectionViewModel connectionViewModel = new ConnectionViewModel(runtime.messages(), runtime.connectionMonitor(),
                tasks, config.demo(), runtime.pbxBaseUrl(), runtime.pbxUser(), ZoneId.systemDefault());

        Map<NavPage, Supplier<Parent>> pages = new EnumMap<>(NavPage.class);
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        LeadsComposition leads = new LeadsComposition(runtime, security, tasks, mainViewModel, controllers);
        Optional<WorkspaceComposition> workspace = runtime.calls()
                .map(calls -> new WorkspaceComposition(runtime, calls, security.dispositions(), tasks, mainViewModel, leads,
                        controllers));
        List<List<MenuCommand>> agentMenu = AgentCommands.of(runtime.messages(), mainViewModel::navigate,
                mainViewModel.pageProperty(), leads.leads(), workspace.map(WorkspaceComposition::desk).orElse(null),
                mainViewModel.pbxDownProperty());
        CloseGuard closeGuard = workspace.map(WorkspaceComposition::closeGuard).orElse(CloseGuard.ALWAYS);
        Runnable[] guardedExit = {exit};
        Runnable[] guardedSignOut = {signOut};
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainViewModel, runtime.messages(), pages,
                () -> guardedExit[0].run(), () -> guardedSignOut[0].run(), agentMenu));
        controllers.put(ConnectionView.class, () -> new ConnectionView(connectionViewModel));
        controllers.put(DiagnosticsView.class, () -> new DiagnosticsView(new DiagnosticsViewModel(diagnostics(), tasks,
                runtime.messages(), ZoneId.systemDefault())));
        HistoryComposition.register(runtime, security, tasks, controllers);
        Runnable detachStats = StatsComposition.register(runtime, security, tasks, controllers);
        BoardComposition.register(runtime, security, tasks, controllers);
        AdminComposition admin = new AdminComposition(runtime, security, tasks);
        admin.registerControllers(controllers);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(runtime.messages(), controllers);
        pages.put(NavPage.LEADS, () -> loaders.load(FxmlView.LEADS));
        if (workspace.isPresent()) {
            pages.put(NavPage.CALLBACKS, () -> loaders.load(FxmlView.CALLBACKS));
        }
        pages.put(NavPage.HISTORY, () -> loaders.load(FxmlView.HISTORY));
        pages.put(NavPage.UNIDENTIFIED, () -> loaders.load(FxmlView.UNIDENTIFIED));
        pages.put(NavPage.STATS, () -> loaders.load(FxmlView.STATS));
        BoardComposition.registerPage(controllers, pages, loaders);
        pages.put(NavPage.CONNECTION, () -> loaders.load(FxmlView.CONNECTION));
        pages.put(NavPage.DIAGNOSTICS, () -> loaders.load(FxmlView.DIAGNOSTICS));
        admin.registerPages(pages, loaders);
        pages.keySet().removeIf(page -> !page.visibleTo(user.role()));

        Parent root = loaders.load(FxmlView.MAIN_WINDOW);
        ReachabilityAlerts alerts = new ReachabilityAlerts(new PbxAlertNotifier(runtime.messages(), tasks, () -> root));
        runtime.connectionMonitor().addListener(alerts);
        SyncStatusViewModel[] syncStatus = {null};
        runtime.historySync().ifPresent(sync -> {
            syncStatus[0] = new SyncStatusViewModel(runtime.messages(), tasks, sync, ZoneId.systemDefault());
            ((StatusBar) root.lookup(".status-bar")).getLeftItems().add(new SyncStatusView(syncStatus[0], runtime.messages()));
        });
        workspace.ifPresent(w -> {
            // Docked at the right of every page: the call in progress must stay in sight wherever the agent goes.
            ((BorderPane) root).setRight(loaders.load(FxmlView.CALL_PANEL));
            w.attach(root);
            guardedExit[0] = () -> {
                if (closeGuard.mayClose(root.getScene().getWindow(), exit)) {
                    exit.run();
                }
            };
            CloseGuard signOutGuard = w.signOutGuard();
            guardedSignOut[0] = () -> {
                if (signOutGuard.mayClose(root.getScene().getWindow(), signOut)) {
                    signOut.run();
                }
            };
        });
        return new MainWindow.Parts(root, mainViewModel, runtime.preferences(), () -> {
            runtime.connectionMonitor().removeListener(alerts);
            detachTheme.run();
            detachStats.run();
            connectionViewModel.dispose();
            leads.dispose();
            workspace.ifPresent(WorkspaceComposition::dispose);
            if (syncStatus[0] != null) {
                syncStatus[0].dispose();
            }
        }, closeGuard);
    }

    private Diagnostics diagnostics() {
        return new Diagnostics(security.session(), runtime.pabxClient(), runtime.connectionMonitor(),
                runtime.historySync(), () -> runtime.calls().map(CallServices::callsInProgress).orElse(0));
    }
}
