package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Console accounts, teams and sign-in state ({@code app_user}, {@code user_security}, {@code team}). */
public final class UserRepository {

    private static final String SELECT = """
            SELECT u.id, u.login, u.display_name, u.role, u.password_hash, u.active,
                   s.team_id, COALESCE(s.failed_attempts, 0) AS failed_attempts, s.locked_until
            FROM app_user u LEFT JOIN user_security s ON s.user_id = u.id
            """;

    private static final RowMapper<UserRow> ROW = (rs, ctx) -> new UserRow(rs.getLong("id"), rs.getString("login"),
            rs.getString("display_name"), rs.getString("role"), rs.getString("password_hash"), rs.getBoolean("active"),
            (Long) rs.getObject("team_id", Long.class), rs.getInt("failed_attempts"),
            Database.toInstant(rs.getObject("locked_until", OffsetDateTime.class)));

    private final Jdbi jdbi;
    private final Clock clock;

    public UserRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<UserRow> byLogin(String login) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE u.login = :login").bind("login", login)
                .map(ROW).findFirst());
    }

    public Optional<UserRow> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE u.id = :id").bind("id", id).map(ROW).findFirst());
    }

    public List<UserRow> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY u.login").map(ROW).list());
    }

    public long insert(String login, String displayName, String role, String passwordHash, Long teamId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO app_user (login, display_name, role, password_hash, active, created_at, updated_at)
                            VALUES (:login, :name, :role, :hash, TRUE, :now, :now)
                            """)
                    .bind("login", login).bind("name", displayName).bind("role", role).bind("hash", passwordHash)
                    .bindByType("now", now, Instant.class)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO user_security (user_id, team_id) VALUES (:id, :team)")
                    .bind("id", id).bind("team", teamId).execute();
            Journalled.record(h, JournalTable.USER, id);
            return id;
        });
    }

    public void update(long id, String displayName, String role, boolean active, Long teamId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE app_user SET display_name = :name, role = :role, active = :active, updated_at = :now WHERE id = :id")
                    .bind("name", displayName).bind("role", role).bind("active", active)
                    .bindByType("now", clock.instant(), Instant.class).bind("id", id).execute();
            ensureSecurityRow(h, id);
            h.createUpdate("UPDATE user_security SET team_id = :team WHERE user_id = :id")
                    .bind("team", teamId).bind("id", id).execute();
            Journalled.record(h, JournalTable.USER, id);
        });
    }

    public void setPasswordHash(long id, String passwordHash) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id")
                    .bind("hash", passwordHash).bindByType("now", clock.instant(), Instant.class).bind("id", id).execute();
            ensureSecurityRow(h, id);
            h.createUpdate("UPDATE user_security SET failed_attempts = 0, locked_until = NULL WHERE user_id = :id")
                    .bind("id", id).execute();
            Journalled.record(h, JournalTable.USER, id);
        });
    }

    public void recordFailures(long id, int failedAttempts, Instant lockedUntil) {
        jdbi.useTransaction(h -> {
            ensureSecurityRow(h, id);
            h.createUpdate("UPDATE user_security SET failed_attempts = :n, locked_until = :until WHERE user_id = :id")
                    .bind("n", failedAttempts).bindByType("until", lockedUntil, Instant.class).bind("id", id).execute();
            Journalled.record(h, JournalTable.USER, id);
        });
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one());
    }

    public long teamId(String name) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT id FROM team WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findFirst()
                .orElseGet(() -> {
                    long id = h.createUpdate("INSERT INTO team (name) VALUES (:name)").bind("name", name)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    Journalled.record(h, JournalTable.TEAM, id);
                    return id;
                }));
    }

    /** Links the console user to a PBX operator (person), taking it from whoever had it. */
    public void linkOperator(long userId, String operatorId) {
        jdbi.useTransaction(h -> {
            List<Long> previous = h.createQuery("SELECT id FROM app_user WHERE pbx_operator_id = :op")
                    .bind("op", operatorId).mapTo(Long.class).list();
            h.createUpdate("UPDATE app_user SET pbx_operator_id = NULL WHERE pbx_operator_id = :op")
                    .bind("op", operatorId).execute();
            previous.forEach(id -> Journalled.record(h, JournalTable.USER, id));
            Journalled.record(h, JournalTable.USER, userId);
            h.createUpdate("UPDATE app_user SET pbx_operator_id = :op, updated_at = :now WHERE id = :id")
                    .bind("op", operatorId).bindByType("now", clock.instant(), Instant.class).bind("id", userId).execute();
        });
    }

    /** The PBX operator (person) a console user is linked to. */
    public Optional<String> operatorOf(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pbx_operator_id FROM app_user WHERE id = :id AND pbx_operator_id IS NOT NULL")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    /** PBX operator id → console user id */
    public java.util.Map<String, Long> operatorLinks() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, pbx_operator_id FROM app_user WHERE pbx_operator_id IS NOT NULL")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("pbx_operator_id"), rs.getLong("id"))).list()
                .stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue, (a, b) -> a)));
    }

    /** team id → name */
    public java.util.Map<Long, String> teams() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM team ORDER BY name")
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), rs.getString("name"))).list()
                .stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue)));
    }

    /** Users created before V20 (or by another feature) have no security row yet. */
    private static void ensureSecurityRow(Handle h, long id) {
        h.createUpdate("INSERT INTO user_security (user_id) SELECT :id WHERE NOT EXISTS "
                + "(SELECT 1 FROM user_security WHERE user_id = :id)").bind("id", id).execute();
    }
}
