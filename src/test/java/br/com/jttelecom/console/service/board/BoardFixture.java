package br.com.jttelecom.console.service.board;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.store.UserRepository;
import java.nio.file.Path;

/**
 * The live board wired as the app wires it, on {@link CallsFixture} (simulator on a manual clock, real client,
 * H2 file): the demo accounts (agente and supervisor in team Vendas, admin) plus Bruno of team Suporte, each
 * linked to the simulator's operator and extension of the same number (1/201, 2/202, 3/203).
 */
public final class BoardFixture implements AutoCloseable {

    public final CallsFixture calls;
    public final Session session = new Session();
    public final Accounts accounts;
    public final ActivityVisibility visibility;
    public final LiveBoard board;
    public final BoardSettings settings;

    public BoardFixture(Path dir) {
        calls = new CallsFixture(dir);
        var jdbi = calls.db.jdbi();
        UserRepository users = new UserRepository(jdbi, calls.clock);
        accounts = new Accounts(users, new PasswordHasher(), session, AuditTrail.on(jdbi, session, calls.clock),
                calls.clock);
        accounts.seedDemoUsers();
        long bruno = users.insert("bruno", "Bruno Dias", Role.AGENT.name(), "-", users.teamId("Suporte"));
        calls.sim.addOperator("Bruno Dias", "203", false);
        ExtensionLinkRepository extensions = new ExtensionLinkRepository(jdbi);
        link(users, extensions, users.byLogin("agente").orElseThrow().id(), "1", "201");
        link(users, extensions, users.byLogin("supervisor").orElseThrow().id(), "2", "202");
        link(users, extensions, bruno, "3", "203");
        settings = new BoardSettings(calls.settings);
        visibility = new ActivityVisibility(session, users, extensions);
        board = new LiveBoard(calls.pbx, calls.tracker.onlineFeed(), new OperatorSpanQuery(jdbi), session,
                visibility::current, settings, calls.clock);
    }

    private static void link(UserRepository users, ExtensionLinkRepository extensions, long user, String operator,
                             String extension) {
        users.linkOperator(user, operator);
        extensions.link(user, extension);
    }

    /** Signs in one of the demo accounts by its login. */
    public void signIn(String login) {
        String password = switch (login) {
            case "agente" -> DemoAccounts.AGENT;
            case "supervisor" -> DemoAccounts.SUPERVISOR;
            default -> DemoAccounts.ADMIN;
        };
        accounts.signIn(login, password.toCharArray()).user().orElseThrow();
    }

    @Override
    public void close() {
        calls.close();
    }
}
