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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

/** The UI half of the composition root: view-models and controllers, each built once. */
public final class UiComposition {

    private final ConsoleRuntime runtime;
    private final TaskRunner tasks;
    private final AdminServices admin;

    public UiComposition(ConsoleRuntime runtime, AdminServices admin) {
        this.runtime = runtime;
        this.admin = admin;
        this.tasks = new FxTaskRunner(runtime.background());
    }

    public MainWindow.Parts mainWindowParts(Runnable exit, Runnable signOut) {
        AppConfig config = runtime.config();
        ConsoleUser user = admin.session().requireUser();
        // The status bar names the console user (who is accountable), not the PBX API user.
        String userText = runtime.messages().get("status.user.signedIn", user.displayName(),
                runtime.messages().get("users.role." + user.role().name()));
        MainWindowViewModel mainViewModel = new MainWindowViewModel(runtime.messages(), runtime.preferences(),
                runtime.connectionMonitor(), tasks, config.demo(), userText);
        runtime.recoveryNotice().ifPresent(mainViewModel::showNotice); // a database restored at this start
        Runnable detachTheme = LiveSettingsComposition.applyTheme(admin.settingsAdmin(), mainViewModel, tasks);
        ConnectionViewModel connectionViewModel = new ConnectionViewModel(runtime.messages(), runtime.connectionMonitor(),
                tasks, config.demo(), runtime.pbxBaseUrl(), runtime.pbxUser(), ZoneId.systemDefault());

        LeadsComposition leads = new LeadsComposition(runtime, admin, tasks, mainViewModel);
        Optional<WorkspaceComposition> workspace = runtime.calls()
                .map(calls -> new WorkspaceComposition(runtime, calls, admin.dispositions(), tasks, mainViewModel,
                        leads));
        List<FeatureParts> features = new ArrayList<>();
        features.add(leads.parts());
        workspace.ifPresent(w -> features.add(w.parts()));
        features.add(HistoryComposition.parts(runtime, admin, tasks));
        features.add(StatsComposition.parts(runtime, admin, tasks));
        features.add(BoardComposition.parts(runtime, admin, tasks));
        features.add(new AdminComposition(runtime, admin, tasks).parts());
        features.add(FeatureParts.builder()
                .controller(ConnectionView.class, () -> new ConnectionView(connectionViewModel))
                .controller(DiagnosticsView.class, () -> new DiagnosticsView(new DiagnosticsViewModel(diagnostics(),
                        tasks, runtime.messages(), ZoneId.systemDefault())))
                .page(NavPage.CONNECTION, FxmlView.CONNECTION)
                .page(NavPage.DIAGNOSTICS, FxmlView.DIAGNOSTICS)
                .build(connectionViewModel::dispose));

        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        Map<NavPage, FxmlView> pageViews = new EnumMap<>(NavPage.class);
        features.forEach(f -> {
            controllers.putAll(f.controllers());
            pageViews.putAll(f.pages());
        });
        List<List<MenuCommand>> agentMenu = AgentCommands.of(runtime.messages(), mainViewModel::navigate,
                mainViewModel.pageProperty(), leads.leads(), workspace.map(WorkspaceComposition::desk).orElse(null),
                mainViewModel.pbxDownProperty());
        CloseGuard closeGuard = workspace.map(WorkspaceComposition::closeGuard).orElse(CloseGuard.ALWAYS);
        CloseGuard signOutGuard = workspace.map(WorkspaceComposition::signOutGuard).orElse(CloseGuard.ALWAYS);
        // The navigation's pages, filled in below once the loader exists; the window reads them when it loads.
        Map<NavPage, Supplier<Parent>> pages = new EnumMap<>(NavPage.class);
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainViewModel, runtime.messages(), pages, exit,
                closeGuard, signOut, signOutGuard, agentMenu));
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(runtime.messages(), controllers);
        pageViews.forEach((page, view) -> {
            if (page.visibleTo(user.role())) {
                pages.put(page, () -> loaders.load(view));
            }
        });
        FxmlLoaderFactory.Loaded<MainWindowView> window = loaders.load(FxmlView.MAIN_WINDOW, MainWindowView.class);
        Parent root = window.root();
        MainWindowView mainView = window.controller();

        ReachabilityAlerts alerts = new ReachabilityAlerts(new PbxAlertNotifier(runtime.messages(), tasks, () -> root));
        runtime.connectionMonitor().addListener(alerts);
        Optional<SyncStatusViewModel> syncStatus = runtime.historySync()
                .map(sync -> new SyncStatusViewModel(runtime.messages(), tasks, sync, ZoneId.systemDefault()));
        syncStatus.ifPresent(status -> mainView.showInStatusBarLeft(new SyncStatusView(status, runtime.messages())));
        workspace.ifPresent(w -> {
            // Docked at the right of every page: the call in progress must stay in sight wherever the agent goes.
            ((BorderPane) root).setRight(loaders.load(FxmlView.CALL_PANEL));
            w.attach(root, mainView);
        });
        return new MainWindow.Parts(root, mainViewModel, runtime.preferences(), () -> {
            runtime.connectionMonitor().removeListener(alerts);
            detachTheme.run();
            features.forEach(FeatureParts::close);
            syncStatus.ifPresent(SyncStatusViewModel::dispose);
        }, closeGuard);
    }

    private Diagnostics diagnostics() {
        return new Diagnostics(admin.session(), runtime.pabxClient(), runtime.connectionMonitor(),
                runtime.historySync(), () -> runtime.calls().map(CallServices::callsInProgress).orElse(0));
    }
}
