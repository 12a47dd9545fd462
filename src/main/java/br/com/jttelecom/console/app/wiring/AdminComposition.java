package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.admin.AuditView;
import br.com.jttelecom.console.ui.admin.AuditViewModel;
import br.com.jttelecom.console.ui.admin.DidsView;
import br.com.jttelecom.console.ui.admin.DidsViewModel;
import br.com.jttelecom.console.ui.admin.DispositionsView;
import br.com.jttelecom.console.ui.admin.DispositionsViewModel;
import br.com.jttelecom.console.ui.admin.ExtensionsView;
import br.com.jttelecom.console.ui.admin.ExtensionsViewModel;
import br.com.jttelecom.console.ui.admin.OperatorsView;
import br.com.jttelecom.console.ui.admin.OperatorsViewModel;
import br.com.jttelecom.console.ui.admin.PauseReasonsView;
import br.com.jttelecom.console.ui.admin.PauseReasonsViewModel;
import br.com.jttelecom.console.ui.admin.SettingsView;
import br.com.jttelecom.console.ui.admin.SettingsViewModel;
import br.com.jttelecom.console.ui.admin.UsersView;
import br.com.jttelecom.console.ui.admin.UsersViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;

import java.time.ZoneId;

/**
 * The administration pages' part of the UI composition, kept out of {@link UiComposition} so
 * parallel features edit different files. View-models are built lazily, when a page first opens.
 */
final class AdminComposition {

    private final ConsoleRuntime runtime;
    private final AdminServices admin;
    private final TaskRunner tasks;

    AdminComposition(ConsoleRuntime runtime, AdminServices admin, TaskRunner tasks) {
        this.runtime = runtime;
        this.admin = admin;
        this.tasks = tasks;
    }

    FeatureParts parts() {
        ZoneId zone = ZoneId.systemDefault();
        FeatureParts.Builder parts = FeatureParts.builder()
                .controller(AuditView.class, () -> new AuditView(
                        new AuditViewModel(admin.audit(), tasks, runtime.messages(), zone), zone))
                .controller(SettingsView.class, () -> new SettingsView(
                        new SettingsViewModel(admin.settingsAdmin(), tasks, runtime.messages()), runtime.messages()))
                .controller(PauseReasonsView.class, () -> new PauseReasonsView(
                        new PauseReasonsViewModel(admin.pauseReasons(), tasks, runtime.messages()),
                        runtime.messages()))
                .controller(DispositionsView.class, () -> new DispositionsView(
                        new DispositionsViewModel(admin.dispositions(), tasks, runtime.messages())))
                .controller(UsersView.class, () -> new UsersView(
                        new UsersViewModel(admin.accounts(), tasks, runtime.messages()), runtime.messages()))
                .page(NavPage.PAUSE_REASONS, FxmlView.PAUSE_REASONS)
                .page(NavPage.DISPOSITIONS, FxmlView.DISPOSITIONS)
                .page(NavPage.USERS, FxmlView.USERS)
                .page(NavPage.AUDIT, FxmlView.AUDIT)
                .page(NavPage.SETTINGS, FxmlView.SETTINGS);
        // The pages that need the PBX exist only with a PBX client.
        admin.directory().ifPresent(directory -> parts
                .controller(ExtensionsView.class, () -> new ExtensionsView(
                        new ExtensionsViewModel(directory, admin.accounts(), tasks, runtime.messages()),
                        runtime.messages(), runtime.phoneNumbers()::displayFromPbx))
                .page(NavPage.EXTENSIONS, FxmlView.EXTENSIONS));
        admin.dids().ifPresent(dids -> parts
                .controller(DidsView.class, () -> new DidsView(new DidsViewModel(dids, tasks, runtime.messages()),
                        runtime.messages(), runtime.phoneNumbers()::displayFromPbx))
                .page(NavPage.DIDS, FxmlView.DIDS));
        admin.operators().ifPresent(operators -> parts
                .controller(OperatorsView.class, () -> new OperatorsView(
                        new OperatorsViewModel(operators, admin.accounts(), tasks, runtime.messages())))
                .page(NavPage.OPERATORS, FxmlView.OPERATORS));
        return parts.build();
    }
}
