package br.com.jttelecom.console.app;

import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.ui.CloseGuard;
import br.com.jttelecom.console.service.ConsoleUser;
import br.com.jttelecom.console.ui.FxTaskRunner;
import br.com.jttelecom.console.ui.FxmlLoaderFactory;
import br.com.jttelecom.console.ui.FxmlView;
import br.com.jttelecom.console.ui.MainWindow;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.call.CallPanelView;
import br.com.jttelecom.console.ui.call.CallPanelViewModel;
import br.com.jttelecom.console.ui.call.OperatorCloseGuard;
import br.com.jttelecom.console.ui.call.OperatorViewModel;
import br.com.jttelecom.console.ui.callbacks.CallbacksView;
import br.com.jttelecom.console.ui.callbacks.CallbacksViewModel;
import br.com.jttelecom.console.ui.connection.ConnectionView;
import br.com.jttelecom.console.ui.connection.ConnectionViewModel;
import br.com.jttelecom.console.ui.leads.LeadCardViewModel;
import br.com.jttelecom.console.ui.leads.LeadDialogs;
import br.com.jttelecom.console.ui.leads.LeadFormViewModel;
import br.com.jttelecom.console.ui.leads.LeadImportViewModel;
import br.com.jttelecom.console.ui.leads.LeadTexts;
import br.com.jttelecom.console.ui.leads.LeadsView;
import br.com.jttelecom.console.ui.leads.LeadsViewModel;
import br.com.jttelecom.console.ui.shell.MainWindowView;
import br.com.jttelecom.console.ui.shell.SyncStatusView;
import br.com.jttelecom.console.ui.shell.SyncStatusViewModel;
import org.controlsfx.control.StatusBar;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import br.com.jttelecom.console.service.Diagnostics;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsView;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsViewModel;
import br.com.jttelecom.console.ui.diagnostics.PbxAlertNotifier;
import br.com.jttelecom.console.ui.diagnostics.ReachabilityAlerts;
import java.util.function.UnaryOperator;

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
        CloseGuard[] closeGuard = {CloseGuard.ALWAYS};
        Runnable[] guardedExit = {exit};
        controllers.put(MainWindowView.class, () -> new MainWindowView(mainViewModel, runtime.messages(), pages,
                () -> guardedExit[0].run(), signOut));
        controllers.put(ConnectionView.class, () -> new ConnectionView(connectionViewModel));
        controllers.put(DiagnosticsView.class, () -> new DiagnosticsView(new DiagnosticsViewModel(diagnostics(), tasks,
                runtime.messages(), ZoneId.systemDefault())));
        runtime.calls().ifPresent(calls -> closeGuard[0] = workspace(calls, mainViewModel, controllers));
        controllers.put(LeadsView.class, this::leadsView);
        HistoryComposition.register(runtime, security, tasks, controllers);
        StatsComposition.register(runtime, security, tasks, controllers);
        AdminComposition admin = new AdminComposition(runtime, security, tasks);
        admin.registerControllers(controllers);
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(runtime.messages(), controllers);
        pages.put(NavPage.LEADS, () -> loaders.load(FxmlView.LEADS));
        if (runtime.calls().isPresent()) {
            pages.put(NavPage.CALLBACKS, () -> loaders.load(FxmlView.CALLBACKS));
        }
        pages.put(NavPage.HISTORY, () -> loaders.load(FxmlView.HISTORY));
        pages.put(NavPage.STATS, () -> loaders.load(FxmlView.STATS));
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
            ((StatusBar) root.lookup(".status-bar")).getLeftItems().add(new SyncStatusView(syncStatus[0]));
        });
        if (runtime.calls().isPresent()) {
            // Docked at the right of every page: the call in progress must stay in sight wherever the agent goes.
            ((BorderPane) root).setRight(loaders.load(FxmlView.CALL_PANEL));
            guardedExit[0] = () -> {
                if (closeGuard[0].mayClose(root.getScene().getWindow(), exit)) {
                    exit.run();
                }
            };
        }
        return new MainWindow.Parts(root, mainViewModel, runtime.preferences(), () -> {
            runtime.connectionMonitor().removeListener(alerts);
            connectionViewModel.dispose();
            if (syncStatus[0] != null) {
                syncStatus[0].dispose();
            }
        }, closeGuard[0]);
    }

    private Diagnostics diagnostics() {
        return new Diagnostics(security.session(), runtime.pabxClient(), runtime.connectionMonitor(),
                runtime.historySync(), () -> runtime.calls().map(CallServices::callsInProgress).orElse(0));
    }

    /** The agent's workspace: live call panel, operator controls and callbacks; returns the close guard. */
    private CloseGuard workspace(CallServices calls, MainWindowViewModel mainViewModel,
                                 Map<Class<?>, Supplier<?>> controllers) {
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.systemDefault();
        UnaryOperator<String> display = number -> {
            try {
                return runtime.phoneNumbers().parse(number).display();
            } catch (InvalidPhoneNumber e) {
                return number;
            }
        };
        CallPanelViewModel panel = new CallPanelViewModel(runtime.messages(), calls.clickToCall(), calls.notes(), tasks,
                clock, zone, display);
        calls.tracker().addListener(panel);
        OperatorViewModel operator = new OperatorViewModel(runtime.messages(), calls.operator(), tasks, clock);
        mainViewModel.showOperator(operator.stateTextProperty());
        CallbacksViewModel callbacks = new CallbacksViewModel(runtime.messages(), calls.notes(), calls.clickToCall(),
                tasks, clock, zone, display);
        controllers.put(CallPanelView.class, () -> new CallPanelView(panel, operator, runtime.messages(),
                mainViewModel.pbxDownProperty()));
        controllers.put(CallbacksView.class, () -> new CallbacksView(callbacks, runtime.messages()));
        return new OperatorCloseGuard(operator, runtime.messages());
    }

    private LeadsView leadsView() {
        var messages = runtime.messages();
        LeadTexts texts = new LeadTexts(messages, runtime.leads(), ZoneId.systemDefault());
        LeadsViewModel leads = new LeadsViewModel(runtime.leads(), texts, messages, tasks, runtime.dialRequests());
        LeadCardViewModel card = new LeadCardViewModel(runtime.leads(), texts, messages, tasks);
        LeadDialogs dialogs = new LeadDialogs(messages,
                form -> new LeadFormViewModel(runtime.leads(), messages, tasks, form),
                () -> new LeadImportViewModel(runtime.leadImport(), messages, tasks));
        return new LeadsView(leads, card, messages, dialogs);
    }
}
