package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.app.config.FirstAdminFile;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.directory.Operators;
import br.com.jttelecom.console.service.operator.PauseReasons;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.UserRow;
import br.com.jttelecom.console.store.UserRepository;

import java.time.Clock;
import java.util.Optional;

/**
 * The people and what admins manage: the console's accounts and whose activity each may see, on the runtime's one
 * session and audit trail; the PBX's extensions, DIDs and users; Configurações, pause reasons and dispositions.
 * Built once per run, after {@link ConsoleRuntime}, for the window and the local API alike.
 */
public final class AdminServices {

    private final Session session;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final Directory directory;
    private final br.com.jttelecom.console.store.Database database;
    private final DidAdmin dids;
    private final SettingsAdmin settingsAdmin;
    private final PauseReasons pauseReasons;
    private final br.com.jttelecom.console.service.calls.Dispositions dispositions;
    private final Operators operators;
    private final ActivityVisibility visibility;
    private final String loginHint;

    public AdminServices(ConsoleRuntime runtime) {
        database = runtime.database();
        Repositories store = runtime.repositories();
        Clock clock = runtime.clock();
        // One session and one trail for the whole console: the call services write to them too.
        session = runtime.session();
        audit = runtime.audit();
        UserRepository users = store.users();
        accounts = new Accounts(users, new PasswordHasher(), session, audit, clock);
        visibility = new ActivityVisibility(session, users, store.extensionLinks());
        operators = runtime.pabxClient().map(c -> new Operators(c, users, session, audit)).orElse(null);
        directory = runtime.pabxClient()
                .map(c -> new Directory(c, store.extensionLinks(), session, audit, runtime.areaCodes()))
                .orElse(null);
        dids = runtime.pabxClient().map(c -> new DidAdmin(c, session, audit)).orElse(null);
        settingsAdmin = new SettingsAdmin(runtime.settings(), runtime.secrets(), session, audit,
                runtime.config().demo() ? Optional.of(runtime.pbxBaseUrl()) : Optional.empty());
        LiveSettingsComposition.applySaves(runtime, settingsAdmin);
        pauseReasons = new PauseReasons(store.pauseReasons(), session, audit);
        dispositions = new br.com.jttelecom.console.service.calls.Dispositions(store.dispositions(), store.settings(),
                session, audit);
        loginHint = prepareAccounts(runtime, users);
    }

    /**
     * Demo mode seeds one account per role and shows their passwords (they are public). A real
     * installation with no account yet gets a first admin whose password is printed nowhere but
     * in a file only the user can read, which the login screen points to.
     */
    private String prepareAccounts(ConsoleRuntime runtime, UserRepository users) {
        Messages messages = runtime.messages();
        java.nio.file.Path dataDir = runtime.config().dataDir();
        if (runtime.config().demo()) {
            accounts.seedDemoUsers();
            linkDemoExtensions(runtime, users);
            return messages.get("login.demo.accounts", "agente", DemoAccounts.AGENT, "supervisor",
                    DemoAccounts.SUPERVISOR, "admin", DemoAccounts.ADMIN);
        }
        FirstAdminFile file = new FirstAdminFile(dataDir);
        String password = FirstAdminFile.randomPassword();
        if (accounts.seedFirstAdmin(password.toCharArray())) {
            file.write(password);
        }
        return file.exists() ? messages.get("login.firstAdmin", file.path().toString()) : "";
    }

    /**
     * Demo mode: the agent works extension 201 as PBX operator 1 and the supervisor 202 as operator 2, as the
     * simulator's demo company has them, so the per-role views show each one's own calls and state.
     */
    private void linkDemoExtensions(ConsoleRuntime runtime, UserRepository users) {
        ExtensionLinkRepository links = runtime.repositories().extensionLinks();
        if (!links.all().isEmpty()) {
            return;
        }
        java.util.Map<String, String> operators = new java.util.HashMap<>();
        try {
            runtime.pabxClient().ifPresent(pbx -> pbx.listPeople(null).forEach(p -> operators.putIfAbsent(p.ramal(), p.id())));
        } catch (RuntimeException e) {
            // The extensions are linked all the same; the queue actions then use the settings' operator.
            org.slf4j.LoggerFactory.getLogger(AdminServices.class).warn("Demo operators not linked: {}", e.toString());
        }
        java.util.Map.of("agente", "201", "supervisor", "202").forEach((login, extension) ->
                users.byLogin(login).ifPresent(user -> {
                    links.link(user.id(), extension);
                    if (operators.containsKey(extension)) {
                        users.linkOperator(user.id(), operators.get(extension));
                    }
                }));
        // The demo's leads read as the agent's and the supervisor's, so "Responsável" shows what a real list would.
        runtime.repositories().leads().giveUnownedTo(java.util.stream.Stream.of("agente", "supervisor")
                .flatMap(login -> users.byLogin(login).stream()).map(UserRow::id).toList());
        try {
            runtime.repositories().callUserLinks().attributeByExtension();
        } catch (RuntimeException e) {
            // Not a reason to refuse the start: every finished sync links the calls to their users again.
            org.slf4j.LoggerFactory.getLogger(AdminServices.class)
                    .warn("Demo calls not linked to their users yet (the next sync links them): {}", e.toString());
        }
    }

    public Session session() {
        return session;
    }

    /** What the signed-in person may see of others' calls, recordings, stats and live state. */
    ActivityVisibility visibility() {
        return visibility;
    }

    public AuditTrail audit() {
        return audit;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Absent only when no PBX client could be built. */
    public Optional<Directory> directory() {
        return Optional.ofNullable(directory);
    }

    Optional<DidAdmin> dids() {
        return Optional.ofNullable(dids);
    }

    public SettingsAdmin settingsAdmin() {
        return settingsAdmin;
    }

    public Optional<Operators> operators() {
        return Optional.ofNullable(operators);
    }

    /** The call outcomes and wrap-up rules: the call panel reads them, the admin page changes them. */
    br.com.jttelecom.console.service.calls.Dispositions dispositions() {
        return dispositions;
    }

    /** The pause menu of the agent workspace reads {@link PauseReasons#activeNames()}. */
    PauseReasons pauseReasons() {
        return pauseReasons;
    }

    public String loginHint() {
        return loginHint;
    }
}
