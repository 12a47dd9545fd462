package br.com.jttelecom.console.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every call stored updates each of the {@code calls} indexes, so the table keeps no index it
 * does not need. V2 declared its foreign keys inline, and H2 gave each one an index of its own,
 * even where another index already began with the column: {@code lead_id} and {@code user_id}
 * were indexed twice and {@code opportunity_id} twice over the same column. Measured on the
 * 200,000-call first sync (bench/run store): 12 index updates per call became 9, ≈15 % faster.
 *
 * <ul>
 *   <li>lead: {@code ix_calls_lead (lead_id)} replaces {@code ix_calls_lead_start} and backs the
 *       foreign key (a lead has a few dozen calls: sorting them by time costs nothing).</li>
 *   <li>opportunity: the foreign key now uses {@code ix_calls_opportunity}.</li>
 *   <li>user: no foreign key. Users are deactivated, never deleted, so its ON DELETE never ran,
 *       and {@code user_id} is only ever written from the console's own users; an H2 foreign key
 *       would need an index of exactly {@code (user_id)} beside {@code ix_calls_user_start}.</li>
 * </ul>
 *
 * <p>Java, not SQL, because the inline constraints got names chosen by each database: they are
 * found in the standard catalogue, so the same steps run on H2 and on PostgreSQL.
 */
public final class V33__Calls_foreign_keys_on_lean_indexes extends BaseJavaMigration {

    private static final String FOREIGN_KEYS = """
            SELECT tc.constraint_name FROM information_schema.table_constraints tc
            WHERE tc.constraint_type = 'FOREIGN KEY' AND LOWER(tc.table_name) = 'calls'
              AND tc.table_schema = CURRENT_SCHEMA
            """;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String name : foreignKeysOfCalls(c)) {
                s.execute("ALTER TABLE calls DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
            s.execute("DROP INDEX ix_calls_lead_start");
            s.execute("CREATE INDEX ix_calls_lead ON calls (lead_id)");
            // Added after their indexes exist, so that H2 uses those instead of making new ones.
            s.execute("ALTER TABLE calls ADD CONSTRAINT fk_calls_lead FOREIGN KEY (lead_id) "
                    + "REFERENCES lead (id) ON DELETE SET NULL");
            s.execute("ALTER TABLE calls ADD CONSTRAINT fk_calls_opportunity FOREIGN KEY (opportunity_id) "
                    + "REFERENCES opportunity (id) ON DELETE SET NULL");
        }
    }

    /** V2's three, whatever each database named them (no later migration adds one to calls). */
    private static List<String> foreignKeysOfCalls(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(FOREIGN_KEYS); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
