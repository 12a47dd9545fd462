package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.ui.fx.CloseGuard;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.call.CallPanelView;
import br.com.jttelecom.console.ui.call.CallPanelViewModel;
import br.com.jttelecom.console.ui.call.OperatorCloseGuard;
import br.com.jttelecom.console.ui.call.OperatorViewModel;
import br.com.jttelecom.console.ui.call.SignOutGuard;
import br.com.jttelecom.console.ui.call.WrapUpViewModel;
import br.com.jttelecom.console.service.calls.Dispositions;
import br.com.jttelecom.console.ui.callbacks.CallbacksView;
import br.com.jttelecom.console.ui.callbacks.CallbacksViewModel;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.shell.AgentCommands;
import br.com.jttelecom.console.ui.shell.MainWindowView;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import br.com.jttelecom.console.ui.tray.DesktopTray;
import br.com.jttelecom.console.ui.tray.TrayViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The agent's desk, when a PBX client exists: the call panel and operator controls, the callbacks page,
 * the inbound screen-pop's way to the lead card, the missed-calls count (status bar and tray icon) and
 * the auto-pause notice.
 */
final class WorkspaceComposition {

    private final ConsoleRuntime runtime;
    private final CallServices calls;
    /** This sign-in's operator state, rings and auto-pause: closed at sign-out, never handed to the next user. */
    private final AgentDesk desk;
    private final MainWindowViewModel main;
    private final CallPanelViewModel panel;
    private final OperatorViewModel operator;
    private final WrapUpViewModel wrapUp;
    private final TrayViewModel tray;
    private final FeatureParts parts;
    private Optional<DesktopTray> desktopTray = Optional.empty();

    WorkspaceComposition(ConsoleRuntime runtime, CallServices calls, Dispositions dispositions, TaskRunner tasks,
                         MainWindowViewModel main, LeadsComposition leads) {
        this.runtime = runtime;
        this.calls = calls;
        this.main = main;
        var messages = runtime.messages();
        Clock clock = runtime.clock();
        ZoneId zone = ZoneId.systemDefault();
        UnaryOperator<String> display = number -> {
            try {
                return runtime.phoneNumbers().parse(number).display();
            } catch (InvalidPhoneNumber e) {
                return number;
            }
        };
        this.desk = calls.openDesk();
        Long owner = desk.identity().userId();
        this.panel = new CallPanelViewModel(messages, calls.clickToCall(), calls.notes(),
                now -> calls.reminders().announce(owner, now), tasks, clock, zone, display);
        // Only this person's extension's calls: another user's call still live at their sign-out is not theirs.
        String extension = desk.identity().extension();
        calls.tracker().addListener(extension, panel);
        calls.tracker().current(extension).forEach(panel::callChanged);
        this.operator = new OperatorViewModel(messages, desk.operator(), tasks, clock);
        desk.autoPause().addListener(operator);
        this.wrapUp = new WrapUpViewModel(messages, dispositions, panel, operator, desk.operator(), calls.clickToCall(),
                tasks, clock);
        main.showOperator(operator.stateTextProperty());
        CallbacksViewModel callbacks = new CallbacksViewModel(messages, calls.notes(), calls.clickToCall(), tasks, clock,
                zone, display, main.pbxDownProperty());
        // A screen-pop's click, or Ctrl+Shift+L: the caller's card, or the new-lead form with the number.
        panel.openLeadRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                leads.openLead(id);
            }
        });
        panel.createLeadRequestProperty().addListener((obs, old, number) -> {
            if (number != null) {
                leads.createLead(number);
            }
        });
        // A caller turned into a lead during the call: the panel names them at once.
        leads.onLeadSaved(lead -> calls.tracker().leadSaved(lead.id(), lead.name(), lead.phones()));
        this.tray = new TrayViewModel(messages, operator, tasks, main.pbxDownProperty());
        desk.rings().addListener(tray);
        main.pageProperty().addListener((obs, old, page) -> {
            if (page == NavPage.HISTORY) {
                tray.seen(); // the agent went to look at the calls
            }
        });
        this.parts = FeatureParts.builder()
                .controller(CallPanelView.class, () -> new CallPanelView(panel, operator, wrapUp, messages,
                        main.pbxDownProperty()))
                .controller(CallbacksView.class, () -> new CallbacksView(callbacks, messages))
                .page(NavPage.CALLBACKS, FxmlView.CALLBACKS)
                .build(this::dispose);
    }

    /** The call panel (docked, not a page) and the callbacks page; closing them closes this person's desk. */
    FeatureParts parts() {
        return parts;
    }

    AgentCommands.Desk desk() {
        return new AgentCommands.Desk(panel, operator, wrapUp);
    }

    CloseGuard closeGuard() {
        return new OperatorCloseGuard(operator, runtime.messages());
    }

    /** "Encerrar sessão" during a call or in the queue asks first. */
    CloseGuard signOutGuard() {
        return new SignOutGuard(panel, operator, runtime.messages());
    }

    /** Once the window's root exists: the missed-calls label in the status bar, the tray icon, "seen" on focus. */
    void attach(Parent root, MainWindowView mainView) {
        Label missed = new Label();
        missed.setId("missedCalls");
        missed.getStyleClass().add("missed-calls");
        missed.textProperty().bind(tray.missedTextProperty());
        missed.visibleProperty().bind(tray.missedProperty().greaterThan(0));
        missed.managedProperty().bind(missed.visibleProperty());
        missed.setOnMouseClicked(e -> main.navigate(NavPage.HISTORY));
        mainView.showInStatusBarRight(missed);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> watchFocus(window));
                watchFocus(scene.getWindow());
            }
        });
        desktopTray = DesktopTray.install(tray, runtime.messages(), () -> bringToFront(root));
    }

    private void watchFocus(Window window) {
        if (window != null) {
            window.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    tray.seen(); // back at the desk: the count was news only while the window was out of sight
                }
            });
        }
    }

    private static void bringToFront(Parent root) {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void dispose() {
        desktopTray.ifPresent(DesktopTray::close);
        desk.rings().removeListener(tray);
        desk.autoPause().removeListener(operator);
        calls.tracker().removeListener(panel);
        wrapUp.dispose();
        panel.dispose();
        calls.closeDesk(desk);
    }
}
