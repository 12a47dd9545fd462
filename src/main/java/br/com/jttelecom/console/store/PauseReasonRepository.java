package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code pause_reason} table (V4_2): the reasons an agent may pick, in the admin's order.
 * Retired reasons stay (old operator sessions name them) but are no longer offered.
 */
public final class PauseReasonRepository {

    /** @param pbxCode what {@code motivo_pausa} carries when the PBX wants an id; null = send the label */
    public record PauseReason(long id, String label, String pbxCode, boolean active) {
    }

    private static final String COLUMNS = "SELECT id, label, pbx_code, active FROM pause_reason ";

    private final Jdbi jdbi;

    public PauseReasonRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** What an agent may pick now. */
    public List<PauseReason> active() {
        return query(COLUMNS + "WHERE active = TRUE ORDER BY position, id");
    }

    /** Every reason, retired ones too, for the admin page. */
    public List<PauseReason> all() {
        return query(COLUMNS + "ORDER BY position, id");
    }

    public boolean exists(String label) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pause_reason WHERE LOWER(label) = LOWER(:l)")
                .bind("l", label).mapTo(Integer.class).one() > 0);
    }

    /** A new reason goes to the end of the list. */
    public long insert(String label) {
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM pause_reason").mapTo(Integer.class).one();
            long id = h.createUpdate("INSERT INTO pause_reason (label, position) VALUES (:l, :p)")
                    .bind("l", label).bind("p", position)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.PAUSE_REASON, id);
            return id;
        });
    }

    public void setActive(long id, boolean active) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE pause_reason SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
            Journalled.record(h, JournalTable.PAUSE_REASON, id);
        });
    }

    private List<PauseReason> query(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql)
                .map((rs, ctx) -> new PauseReason(rs.getLong("id"), rs.getString("label"), rs.getString("pbx_code"),
                        rs.getBoolean("active")))
                .list());
    }
}
