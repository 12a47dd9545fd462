package br.com.jttelecom.console.store.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes journal lines into a (restored) database. Each line makes the rows of its key what the
 * line holds: a row is merged by its key with its own id (so notes and links stay with their
 * call), a row absent from the line is deleted, child rows are rewritten. Replaying a line twice,
 * or a line the backup already holds, changes nothing. Each line is its own transaction: one that
 * cannot be written (a row it points to is gone) is counted and the others still go in.
 */
public final class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    /** @param applied lines written; @param failed lines that could not be */
    public record Result(int applied, int failed) {
    }

    private final Jdbi jdbi;
    private final Map<String, Map<String, Integer>> types = new HashMap<>();

    public JournalReplay(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Result replay(List<JournalEntry> entries) {
        int applied = 0;
        int failed = 0;
        Set<JournalTable> touched = EnumSet.noneOf(JournalTable.class);
        for (JournalEntry entry : entries) {
            try {
                jdbi.useTransaction(h -> apply(h.getConnection(), entry));
                applied++;
                touched.add(entry.table());
            } catch (SQLException | RuntimeException e) {
                failed++;
                // Table and line number only: the row holds what a person typed.
                LOG.warn("Edit {} of {} could not be replayed: {}", entry.seq(), entry.table(), e.getClass().getSimpleName());
            }
        }
        try {
            jdbi.useHandle(h -> moveIdentitiesPastReplayedRows(h.getConnection(), touched));
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the identities past the replayed rows", e);
        }
        return new Result(applied, failed);
    }

    private void apply(Connection c, JournalEntry e) throws SQLException {
        JournalTable table = e.table();
        if (table == JournalTable.CALL) {
            applyCall(c, e);
            return;
        }
        if (table.key().isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + table.sqlName());
            }
            for (Map<String, Object> row : e.rows()) {
                insert(c, table.sqlName(), row);
            }
            return;
        }
        if (e.rows().isEmpty()) {
            delete(c, table.sqlName(), e.key());
            return;
        }
        merge(c, table, e.rows().get(0));
        Object parentKey = e.key().values().iterator().next();
        for (JournalTable.Child child : table.children()) {
            delete(c, child.table(), Map.of(child.foreignKey(), parentKey));
            for (Map<String, Object> row : e.children().getOrDefault(child.table(), List.of())) {
                insert(c, child.table(), row);
            }
        }
    }

    /**
     * The agent's columns over the call with this id; a call the restored copy lacks (synced after
     * it) is created with its own id, and the next sync fills in the PBX's side by its
     * {@code external_call_id}.
     */
    private void applyCall(Connection c, JournalEntry e) throws SQLException {
        if (e.rows().isEmpty()) {
            return; // calls are never deleted by the console
        }
        Map<String, Object> row = e.rows().get(0);
        Map<String, Integer> columnTypes = types(c, "calls");
        List<String> set = new ArrayList<>(JournalTable.CALL_AGENT_COLUMNS);
        String sql = "UPDATE calls SET " + String.join(", ", set.stream().map(col -> col + " = ?").toList())
                + ", external_call_id = COALESCE(external_call_id, ?) WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String col : set) {
                RowImages.bind(ps, i++, row.get(col), columnTypes.get(col));
            }
            RowImages.bind(ps, i++, row.get("external_call_id"), columnTypes.get("external_call_id"));
            RowImages.bind(ps, i, row.get("id"), columnTypes.get("id"));
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        insert(c, "calls", row);
    }

    private void merge(Connection c, JournalTable table, Map<String, Object> row) throws SQLException {
        List<String> columns = List.copyOf(row.keySet());
        String sql = "MERGE INTO " + table.sqlName() + " (" + String.join(", ", columns) + ") KEY ("
                + String.join(", ", table.key()) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        write(c, sql, table.sqlName(), columns, row);
    }

    private void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = List.copyOf(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        write(c, sql, table, columns, row);
    }

    private void delete(Connection c, String table, Map<String, Object> key) throws SQLException {
        List<String> columns = List.copyOf(key.keySet());
        write(c, "DELETE FROM " + table + RowImages.where(columns), table, columns, key);
    }

    private void write(Connection c, String sql, String table, List<String> columns, Map<String, Object> values)
            throws SQLException {
        Map<String, Integer> columnTypes = types(c, table);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Integer type = columnTypes.get(columns.get(i));
                if (type == null) {
                    throw new SQLException("no column " + columns.get(i) + " in " + table);
                }
                RowImages.bind(ps, i + 1, values.get(columns.get(i)), type);
            }
            ps.executeUpdate();
        }
    }

    private Map<String, Integer> types(Connection c, String table) throws SQLException {
        Map<String, Integer> known = types.get(table);
        if (known == null) {
            known = RowImages.columnTypes(c, table);
            types.put(table, known);
        }
        return known;
    }

    /**
     * The next new row must never take a replayed row's id. H2 2.5 moves an identity past an explicit
     * value it is given, but that is its behaviour, not the standard's: each touched table's identity is
     * restarted after its highest id, so a replay does not depend on it.
     */
    private static void moveIdentitiesPastReplayedRows(Connection c, Set<JournalTable> touched) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (JournalTable table : touched) {
                if (!table.hasIdentity()) {
                    continue;
                }
                long next;
                try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table.sqlName())) {
                    rs.next();
                    next = rs.getLong(1);
                }
                s.execute("ALTER TABLE " + table.sqlName() + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }
}
