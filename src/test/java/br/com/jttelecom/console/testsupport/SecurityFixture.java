package br.com.jttelecom.console.testsupport;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.UserRepository;

import java.nio.file.Path;
import java.time.Instant;

/** A real H2 file with the security services on it, a movable clock, and helpers to sign in by role. */
public final class SecurityFixture implements AutoCloseable {

    public final Database database;
    public final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T12:00:00Z"));
    public final Session session = new Session();
    public final UserRepository users;
    public final AuditTrail audit;
    public final Accounts accounts;

    public SecurityFixture(Path dir) {
        database = Database.openFolder(dir);
        users = new UserRepository(database.jdbi(), clock);
        audit = AuditTrail.on(database.jdbi(), session, clock);
        accounts = new Accounts(users, new PasswordHasher(), session, audit, clock);
    }

    /** Signs in the seeded demo account of that role. */
    public ConsoleUser signInAs(Role role) {
        accounts.seedDemoUsers();
        String login = switch (role) {
            case AGENT -> "agente";
            case SUPERVISOR -> "supervisor";
            case ADMIN -> "admin";
        };
        String password = switch (role) {
            case AGENT -> DemoAccounts.AGENT;
            case SUPERVISOR -> DemoAccounts.SUPERVISOR;
            case ADMIN -> DemoAccounts.ADMIN;
        };
        return accounts.signIn(login, password.toCharArray()).user().orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
