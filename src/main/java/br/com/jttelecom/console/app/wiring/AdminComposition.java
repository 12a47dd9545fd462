package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.ui.fx.FxmlLoaderFactory;
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
import javafx.scene.Parent;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The administration pages' part of the UI composition, kept out of {@link UiComposition} so
 * parallel features edit different files. View-models are built lazily, when a page first opens.
 */
final class AdminComposition {

    private final ConsoleRuntime runtime;
    private final SecurityServices security;
    private final TaskRunner tasks;

    AdminComposition(ConsoleRuntime runtime, SecurityServices security, TaskRunner tasks) {
        this.runtime = runtime;
        this.security = security;
        this.tasks = tasks;
    }

    void registerControllers(Map<Class<?>, Supplier<?>> controllers) {
        ZoneId zone = ZoneId.systemDefault();
        controllers.put(AuditView.class, () -> new AuditView(
                new AuditViewModel(security.audit(), tasks, runtime.messages(), zone), zone));
        security.dids().ifPresent(dids -> controllers.put(DidsView.class, () -> new DidsView(
                new DidsViewModel(dids, tasks, runtime.messages()), runtime.messages(), runtime.phoneNumbers()::displayFromPbx)));
        controllers.put(SettingsView.class, () -> new SettingsView(
                new SettingsViewModel(security.settingsAdmin(), tasks, runtime.messages()), runtime.messages()));
        security.operators().ifPresent(operators -> controllers.put(OperatorsView.class, () -> new OperatorsView(
                new OperatorsViewModel(operators, security.accounts(), tasks, runtime.messages()))));
        controllers.put(PauseReasonsView.class, () -> new PauseReasonsView(
                new PauseReasonsViewModel(security.pauseReasons(), tasks, runtime.messages()), runtime.messages()));
        controllers.put(DispositionsView.class, () -> new DispositionsView(
                new DispositionsViewModel(security.dispositions(), tasks, runtime.messages())));
        controllers.put(UsersView.class, () -> new UsersView(
                new UsersViewModel(security.accounts(), tasks, runtime.messages()), runtime.messages()));
        security.directory().ifPresent(directory -> controllers.put(ExtensionsView.class, () -> new ExtensionsView(
                new ExtensionsViewModel(directory, security.accounts(), tasks, runtime.messages()), runtime.messages(),
                runtime.phoneNumbers()::displayFromPbx)));
    }

    void registerPages(Map<NavPage, Supplier<Parent>> pages, FxmlLoaderFactory loaders) {
        if (security.directory().isPresent()) {
            pages.put(NavPage.EXTENSIONS, () -> loaders.load(FxmlView.EXTENSIONS));
        }
        if (security.dids().isPresent()) {
            pages.put(NavPage.DIDS, () -> loaders.load(FxmlView.DIDS));
        }
        if (security.operators().isPresent()) {
            pages.put(NavPage.OPERATORS, () -> loaders.load(FxmlView.OPERATORS));
        }
        pages.put(NavPage.PAUSE_REASONS, () -> loaders.load(FxmlView.PAUSE_REASONS));
        pages.put(NavPage.DISPOSITIONS, () -> loaders.load(FxmlView.DISPOSITIONS));
        pages.put(NavPage.USERS, () -> loaders.load(FxmlView.USERS));
        pages.put(NavPage.AUDIT, () -> loaders.load(FxmlView.AUDIT));
        pages.put(NavPage.SETTINGS, () -> loaders.load(FxmlView.SETTINGS));
    }
}
