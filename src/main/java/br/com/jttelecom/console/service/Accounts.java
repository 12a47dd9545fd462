package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.store.UserRow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Local console accounts: sign-in with lock-out, sign-out, and the admin's user management.
 * Every sign-in, failed sign-in, sign-out and change is written to the audit trail.
 */
public final class Accounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(5);
    private static final int MIN_PASSWORD = 6;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public Accounts(UserRepository users, PasswordHasher hasher, Session session, AuditTrail audit, Clock clock) {
        this.users = Objects.requireNonNull(users);
        this.hasher = Objects.requireNonNull(hasher);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public SignInResult signIn(String login, char[] password) {
        SignInResult result = verify(login, password, "login");
        result.user().ifPresent(session::signIn);
        return result;
    }

    /**
     * Checks a login and password with the same lock-out and audit as {@link #signIn} but leaves the
     * window's session alone: the local API signs requests in one by one ({@link Session#callAs}).
     */
    public SignInResult authenticate(String login, char[] password) {
        return verify(login, password, "api.login");
    }

    private SignInResult verify(String login, char[] password, String action) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        Optional<UserRow> found = users.byLogin(name);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().active()) {
            hasher.matches(password, null); // same cost as a real check: does not reveal which logins exist
            audit.recordAs(name, action, name, AuditTrail.FAILED, "usuário inexistente ou desativado");
            return SignInResult.refused("Usuário ou senha incorretos.");
        }
        UserRow row = found.get();
        if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
            audit.recordAs(name, action, name, AuditTrail.DENIED, "conta bloqueada");
            return SignInResult.refused(lockedMessage(row.lockedUntil(), now));
        }
        if (!hasher.matches(password, row.passwordHash())) {
            int failures = (row.lockedUntil() != null ? 0 : row.failedAttempts()) + 1;
            Instant lock = failures >= MAX_FAILURES ? now.plus(LOCK_OUT) : null;
            users.recordFailures(row.id(), lock != null ? 0 : failures, lock);
            audit.recordAs(name, action, name, AuditTrail.FAILED,
                    lock != null ? "senha incorreta; conta bloqueada" : "senha incorreta (" + failures + ")");
            return SignInResult.refused(lock != null ? lockedMessage(lock, now) : "Usuário ou senha incorretos.");
        }
        users.recordFailures(row.id(), 0, null);
        ConsoleUser user = toUser(row);
        audit.recordAs(name, action, name, AuditTrail.OK, Permissions.roleName(user.role()));
        return SignInResult.ok(user);
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
        requireText(displayName, "Informe o nome do usuário.");
        validPassword(password);
        if (users.byLogin(name).isPresent()) {
            throw new InvalidInput("Já existe um usuário com o login " + name + ".");
        }
        long id = users.insert(name, displayName.trim(), role.name(), hasher.hash(password), teamId(team));
        audit.record("usuario.criar", name, AuditTrail.OK, Permissions.roleName(role));
        return byId(id).orElseThrow();
    }

    public void update(long id, String displayName, Role role, String team, boolean active) {
        Permissions.require(session, Permission.CHANGE_USERS);
        UserRow row = users.byId(id).orElseThrow(() -> new InvalidInput("Usuário não encontrado."));
        requireText(displayName, "Informe o nome do usuário.");
        users.update(id, displayName.trim(), role.name(), active, teamId(team));
        audit.record("usuario.alterar", row.login(), AuditTrail.OK,
                Permissions.roleName(role) + (active ? "" : ", desativado"));
    }

    public void resetPassword(long id, char[] password) {
        Permissions.require(session, Permission.CHANGE_USERS);
        UserRow row = users.byId(id).orElseThrow(() -> new InvalidInput("Usuário não encontrado."));
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

    private static String lockedMessage(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        return "Conta bloqueada após " + MAX_FAILURES + " senhas incorretas. Tente novamente em " + minutes + " min.";
    }

    private static String validLogin(String login) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._@-]{2,64}")) {
            throw new InvalidInput("O login deve ter de 2 a 64 letras, números, ponto, hífen ou @.");
        }
        return name;
    }

    private static void validPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new InvalidInput("A senha deve ter ao menos " + MIN_PASSWORD + " caracteres.");
        }
    }

    private static void requireText(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new InvalidInput(message);
        }
    }

    static ConsoleUser toUser(UserRow row) {
        return new ConsoleUser(row.id(), row.login(), row.displayName(), Role.valueOf(row.role()), row.teamId(), row.active());
    }
}
