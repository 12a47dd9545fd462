package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code disposition} table (V35_19): the call outcomes the admin configured, in the admin's order.
 * Retired ones stay (past calls name them) but are no longer offered.
 */
public final class DispositionRepository {

    private static final String COLUMNS = "SELECT id, name, outcome_group, shortcut, active FROM disposition ";

    private final Jdbi jdbi;

    public DispositionRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** What the call panel offers now. */
    public List<Disposition> active() {
        return query(COLUMNS + "WHERE active = TRUE ORDER BY position, id");
    }

    /** Every disposition, retired ones too, for the admin page. */
    public List<Disposition> all() {
        return query(COLUMNS + "ORDER BY position, id");
    }

    /** A new disposition goes to the end of the list. */
    public long insert(String name, Outcome group, String shortcut) {
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM disposition").mapTo(Integer.class).one();
            long id = h.createUpdate("""
                    INSERT INTO disposition (name, outcome_group, shortcut, position) VALUES (:n, :g, :s, :p)""")
                    .bind("n", name).bind("g", code(group)).bind("s", shortcut).bind("p", position)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.DISPOSITION, id);
            return id;
        });
    }

    /** @return false when there is no such disposition */
    public boolean update(long id, String name, Outcome group, String shortcut) {
        return jdbi.withHandle(h -> {
            boolean found = h.createUpdate("UPDATE disposition SET name = :n, outcome_group = :g, shortcut = :s WHERE id = :id")
                    .bind("n", name).bind("g", code(group)).bind("s", shortcut).bind("id", id).execute() == 1;
            Journalled.record(h, JournalTable.DISPOSITION, id);
            return found;
        });
    }

    public void setActive(long id, boolean active) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE disposition SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
            Journalled.record(h, JournalTable.DISPOSITION, id);
        });
    }

    private static String code(Outcome group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

    private List<Disposition> query(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql)
                .map((rs, ctx) -> new Disposition(rs.getLong("id"), rs.getString("name"),
                        Outcome.valueOf(rs.getString("outcome_group").toUpperCase(Locale.ROOT)), rs.getString("shortcut"),
                        rs.getBoolean("active")))
                .list());
    }
}
