package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first read of every table, right after the database opened. A damaged file often opens and
 * migrates (only its header and newest chunk are read then) and fails at its first real read,
 * which would otherwise be a person's first click, or a save that fails.
 *
 * <p>Every row of the local-only tables is read: they are small (a few thousand rows, a hundred
 * thousand leads at most), and a first row and a count were not enough — they come from a page or
 * two and missed most damage that a read of every row found. The tables the PBX fills (a million
 * calls) get their first row and count only: they come back by the sync anyway.
 */
final class TableCheck {

    /** Large and re-fetchable (or derived): read only at their start. */
    private static final Set<String> FIRST_ROW_ONLY = Set.of("calls", "call_event", "operator_session",
            "call_hourly_stats");

    private TableCheck() {
    }

    static void readEach(Database database) {
        database.jdbi().useHandle(h -> {
            try {
                readEach(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("a table of the database could not be read", e);
            }
        });
    }

    private static void readEach(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY table_name
                """)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("the database has no tables");
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                boolean large = FIRST_ROW_ONLY.contains(table.toLowerCase(Locale.ROOT));
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + quoted + (large ? " LIMIT 1" : ""))) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rs.getObject(columns);
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
                    rs.next();
                }
            }
        }
    }
}
