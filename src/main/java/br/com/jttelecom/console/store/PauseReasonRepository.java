package br.com.jttelecom.console.store;

import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** {@code pause_reason}: the reasons an agent picks when pausing (seeded by V20). */
public final class PauseReasonRepository {

    /** A stored reason. */
    public record Row(long id, String name, boolean active) {
    }

    private final Jdbi jdbi;

    public PauseReasonRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public List<Row> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, active FROM pause_reason ORDER BY name")
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"))).list());
    }

    public boolean exists(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pause_reason WHERE LOWER(name) = LOWER(:n)")
                .bind("n", name).mapTo(Integer.class).one() > 0);
    }

    public long insert(String name) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO pause_reason (name) VALUES (:n)").bind("n", name)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void setActive(long id, boolean active) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE pause_reason SET active = :a WHERE id = :id")
                .bind("a", active).bind("id", id).execute());
    }
}
