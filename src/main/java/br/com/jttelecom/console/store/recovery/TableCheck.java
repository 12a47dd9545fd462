package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.store.Database;
import java.util.List;

/**
 * The first read of every table, right after the database opened: a damaged file often opens and
 * migrates (only the header and the newest chunk are read then) and fails at its first real read,
 * which would otherwise be a person's first click. Each table's first row and its count.
 */
final class TableCheck {

    private TableCheck() {
    }

    static void readEach(Database database) {
        database.jdbi().useHandle(h -> {
            List<String> tables = h.createQuery("""
                            SELECT table_name FROM information_schema.tables
                            WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY table_name
                            """).mapTo(String.class).list();
            if (tables.isEmpty()) {
                throw new IllegalStateException("the database has no tables");
            }
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                h.createQuery("SELECT * FROM " + quoted + " LIMIT 1").mapToMap().list();
                h.createQuery("SELECT COUNT(*) FROM " + quoted).mapTo(Long.class).one();
            }
        });
    }
}
