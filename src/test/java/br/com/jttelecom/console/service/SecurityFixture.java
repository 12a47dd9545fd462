package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.UserRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A real H2 file with the security services on it, a movable clock, and helpers to sign in by role. */
final class SecurityFixture implements AutoCloseable {

    /** A clock tests move by hand (lock-out periods pass without waiting). */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-29T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Database database;
    final MovableClock clock = new MovableClock();
    final Session session = new Session();
    final UserRepository users;
    final AuditTrail audit;
    final Accounts accounts;

    SecurityFixture(Path dir) {
        database = Database.openFolder(dir);
        users = new UserRepository(database.jdbi(), clock);
        audit = AuditTrail.on(database.jdbi(), session, clock);
        accounts = new Accounts(users, new PasswordHasher(), session, audit, clock);
    }

    /** Signs in the seeded demo account of that role. */
    ConsoleUser signInAs(Role role) {
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
