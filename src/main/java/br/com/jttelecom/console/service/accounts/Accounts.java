package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.store.UserRow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Local console accounts: sign-in with lock-out, sign-out, and the admin's user management.
 * Every sign-in, failed sign-in, sign-out and change is written to the audit trail.
 */
public final class Accounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(5);
    private static final int MIN_PASSWORD = 6;
    private static final Sentence WRONG = Sentence.of("login.error.wrong");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReentrantLock[] accountLocks = new ReentrantLock[64];

    public Accounts(UserRepository users, PasswordHasher hasher, Session session, AuditTrail audit, Clock clock) {
        this.users = Objects.requireNonNull(users);
        this.hasher = Objects.requireNonNull(hasher);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        for (int i = 0; i < accountLocks.length; i++) {
            accountLocks[i] = new ReentrantLock();
        }
    }

    public SignInResult signIn(String login, char[] password) {
        SignInResult result = verify(login, password, "login");
        result.user().ifPresent(session::signIn);
        return result;
    }

    /**
     * Checks a login and password with the same lock-out and audit as {@link #signIn} but leaves the
     * window's session alone: the local API signs requests in one by one ({@link Session#callAs}).
     * A refusal is always the same sentence: a caller of the API must not learn that an account
     * exists or is locked (the window tells the locked person; see {@link #signIn}).
     */
    public SignInResult authenticate(String login, char[] password) {
        SignInResult result = verify(login, password, "api.login");
        return result.succeeded() ? result : SignInResult.refused(WRONG);
    }

    /** The account of a token: empty once it is deactivated or while it is locked out. */
    public Optional<ConsoleUser> usableById(long id) {
        Instant now = clock.instant();
        return users.byId(id).filter(UserRow::active)
                .filter(row -> row.lockedUntil() == null || !now.isBefore(row.lockedUntil()))
                .map(Accounts::toUser);
    }

    private SignInResult verify(String login, char[] password, String action) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        Optional<SignInResult> decided;
        // Reading the counter, checking the password and writing the counter are one step per account:
        // parallel wrong passwords must not each see the same count (at most MAX_FAILURES checks, ever).
        ReentrantLock lock = lockFor(name);
        lock.lock();
        try {
            decided = checkLocked(name, password, action);
        } finally {
            lock.unlock();
        }
        if (decided.isPresent()) {
            return decided.get();
        }
        // A missing, deactivated or locked account costs the same hash as a real check, outside the
        // account's lock: the answer's timing does not tell which it was.
        hasher.matches(password, null);
        return refusedWithoutCheck(name, action);
    }

    /** Under the account's lock: the real check, or empty when no check may run (nobody, or locked). */
    private Optional<SignInResult> checkLocked(String name, char[] password, String action) {
        Optional<UserRow> found = users.byLogin(name);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().active()) {
            return Optional.empty();
        }
        UserRow row = found.get();
        if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
            return Optional.empty();
        }
        if (!hasher.matches(password, row.passwordHash())) {
            int failures = (row.lockedUntil() != null ? 0 : row.failedAttempts()) + 1;
            Instant lockUntil = failures >= MAX_FAILURES ? now.plus(LOCK_OUT) : null;
            users.recordFailures(row.id(), lockUntil != null ? 0 : failures, lockUntil);
            audit.recordAs(name, action, name, AuditTrail.FAILED,
                    lockUntil != null ? "senha incorreta; conta bloqueada" : "senha incorreta (" + failures + ")");
            return Optional.of(SignInResult.refused(lockUntil != null ? lockedMessage(lockUntil, now) : WRONG));
        }
        users.recordFailures(row.id(), 0, null);
        ConsoleUser user = toUser(row);
        audit.recordAs(name, action, name, AuditTrail.OK, Permissions.roleName(user.role()).in(Messages.portuguese()));
        return Optional.of(SignInResult.ok(user));
    }

    private SignInResult refusedWithoutCheck(String name, String action) {
        Optional<UserRow> row = users.byLogin(name).filter(UserRow::active);
        Instant now = clock.instant();
        if (row.isPresent() && row.get().lockedUntil() != null && now.isBefore(row.get().lockedUntil())) {
            audit.recordAs(name, action, name, AuditTrail.DENIED, "conta bloqueada");
            return SignInResult.refused(lockedMessage(row.get().lockedUntil(), now));
        }
        audit.recordAs(name, action, name, AuditTrail.FAILED, "usuário inexistente ou desativado");
        return SignInResult.refused(WRONG);
    }

    /** One of a fixed set of locks, so a flood of made-up logins cannot grow a map of them. */
    private ReentrantLock lockFor(String name) {
        return accountLocks[Math.floorMod(name.hashCode(), accountLocks.length)];
    }

    public void signOut() {
        session.user().ifPresent(u -> {
            audit.record("logout", u.login(), AuditTrail.OK, null);
            session.signOut();
        });
    }

    public List<ConsoleUser> list() {
        session.requireUser();
        return users.all().stream().map(Accounts::toUser).toList();
    }

    /** team id → name */
    public java.util.Map<Long, String> teams() {
        session.requireUser();
        return users.teams();
    }

    public Optional<ConsoleUser> byId(long id) {
        return users.byId(id).map(Accounts::toUser);
    }

    public ConsoleUser create(String login, String displayName, Role role, String team, char[] password) {
        Permissions.require(session, Permission.CHANGE_USERS);
        String name = validLogin(login);
        requireText(displayName, "users.error.name");
        validPassword(password);
        if (users.byLogin(name).isPresent()) {
            throw new InvalidInput("users.error.loginTaken", name);
        }
        long id = users.insert(name, displayName.trim(), role.name(), hasher.hash(password), teamId(team));
        audit.record("usuario.criar", name, AuditTrail.OK, Permissions.roleName(role).in(Messages.portuguese()));
        return byId(id).orElseThrow();
    }

    public void update(long id, String displayName, Role role, String team, boolean active) {
        Permissions.require(session, Permission.CHANGE_USERS);
        UserRow row = users.byId(id).orElseThrow(() -> new InvalidInput("users.error.notFound"));
        requireText(displayName, "users.error.name");
        users.update(id, displayName.trim(), role.name(), active, teamId(team));
        audit.record("usuario.alterar", row.login(), AuditTrail.OK,
                Permissions.roleName(role).in(Messages.portuguese()) + (active ? "" : ", desativado"));
    }

    public void resetPassword(long id, char[] password) {
        Permissions.require(session, Permission.CHANGE_USERS);
        UserRow row = users.byId(id).orElseThrow(() -> new InvalidInput("users.error.notFound"));
        validPassword(password);
        users.setPasswordHash(id, hasher.hash(password));
        audit.record("usuario.senha", row.login(), AuditTrail.OK, "senha redefinida");
    }

    /** Demo mode: one account per role, created only when there are no accounts yet. */
    public void seedDemoUsers() {
        if (users.count() > 0) {
            return;
        }
        long team = users.teamId("Vendas");
        users.insert("agente", "Ana Agente", Role.AGENT.name(), hasher.hash(DemoAccounts.AGENT.toCharArray()), team);
        users.insert("supervisor", "Sérgio Supervisor", Role.SUPERVISOR.name(),
                hasher.hash(DemoAccounts.SUPERVISOR.toCharArray()), team);
        users.insert("admin", "Alice Administradora", Role.ADMIN.name(), hasher.hash(DemoAccounts.ADMIN.toCharArray()), null);
        audit.recordAs("sistema", "usuario.demo", "agente, supervisor, admin", AuditTrail.OK, "contas de demonstração");
    }

    /**
     * A real installation's first start: with no account at all, creates {@code admin} with the
     * given one-time password (the caller puts it where only the user can read it).
     * @return true when the admin was created
     */
    public boolean seedFirstAdmin(char[] password) {
        if (users.count() > 0) {
            return false;
        }
        users.insert("admin", "Administrador", Role.ADMIN.name(), hasher.hash(password), null);
        audit.recordAs("sistema", "usuario.criar", "admin", AuditTrail.OK, "primeiro administrador");
        return true;
    }

    private Long teamId(String team) {
        return team == null || team.isBlank() ? null : users.teamId(team.trim());
    }

    private static Sentence lockedMessage(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        return Sentence.of("login.error.locked", MAX_FAILURES, minutes);
    }

    private static String validLogin(String login) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._@-]{2,64}")) {
            throw new InvalidInput("users.error.login");
        }
        return name;
    }

    private static void validPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new InvalidInput("users.error.password", MIN_PASSWORD);
        }
    }

    private static void requireText(String s, String messageKey) {
        if (s == null || s.isBlank()) {
            throw new InvalidInput(messageKey);
        }
    }

    static ConsoleUser toUser(UserRow row) {
        return new ConsoleUser(row.id(), row.login(), row.displayName(), Role.valueOf(row.role()), row.teamId(), row.active());
    }
}
