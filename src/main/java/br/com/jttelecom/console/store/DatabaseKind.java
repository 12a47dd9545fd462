package br.com.jttelecom.console.store;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Whether the database is H2, learnt on first use: some page queries carry an H2-only index hint
 * (H2's planner ignores LIMIT) that PostgreSQL neither needs nor parses.
 */
public final class DatabaseKind {

    private volatile Boolean h2;

    public boolean isH2(Handle h) {
        Boolean known = h2;
        if (known == null) {
            try {
                known = "H2".equalsIgnoreCase(h.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            h2 = known;
        }
        return known;
    }
}
