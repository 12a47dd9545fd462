package br.com.jttelecom.console.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secondary indexes set aside while a bulk load fills a table, and built once after it.
 *
 * <p>Why: H2 updates every index of a row as it inserts the row, and each index page a row touches
 * is copied and written again at the next store. An index whose keys arrive in random order (the
 * callers' numbers of a history sync) dirties a random page per row: for the first sync of a new
 * install (200,000 calls) building it once at the end with {@code CREATE INDEX} costs far less
 * (measured in bench/RESULTS.md, "syncfast"; indexes filled in key order cost less row by row than
 * rebuilt, so the caller names only the random ones).
 *
 * <p>Crash safety: each index is recorded in {@code deferred_index} (committed) before it is
 * dropped, and its record is deleted only after it is built again. {@link Database} calls
 * {@link #restore()} whenever it opens, so an index set aside by a load that was killed is built
 * before anything reads the database; the index definitions come from the database itself, so
 * whatever the migrations made is what comes back.
 *
 * <p>Only the indexes the caller names, and only if they back no constraint (the unique key keeps
 * deduplicating the load, foreign keys keep their index). H2 only: elsewhere {@link #defer} sets
 * nothing aside.
 */
public final class DeferredIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredIndexes.class);

    /** The table's plain indexes (no primary key, no unique index, none backing a constraint), H2's catalogue. */
    private static final String PLAIN_INDEXES = """
            SELECT i.index_schema, i.index_name FROM information_schema.indexes i
            WHERE i.table_schema = CURRENT_SCHEMA AND i.table_name = :table AND i.index_type_name = 'INDEX'
              AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                              WHERE c.index_schema = i.index_schema AND c.index_name = i.index_name)
            ORDER BY i.index_name
            """;

    private static final String INDEX_COLUMNS = """
            SELECT column_name, ordering_specification, null_ordering FROM information_schema.index_columns
            WHERE index_schema = :schema AND index_name = :index ORDER BY ordinal_position
            """;

    private final Jdbi jdbi;

    public DeferredIndexes(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** A bulk load under way: {@link #close()} builds the indexes it set aside. */
    public final class Deferral implements AutoCloseable {

        private final List<String> names;
        private volatile boolean leftForNextOpen;

        private Deferral(List<String> names) {
            this.names = List.copyOf(names);
        }

        /**
         * {@link #close()} builds nothing: the indexes stay recorded and {@link Database} builds them when
         * it next opens (a console that is quitting must not spend its last seconds on a build).
         */
        public void leaveForNextOpen() {
            leftForNextOpen = true;
        }

        /** The indexes set aside (empty when the database is not H2 or the table has none to spare). */
        public List<String> names() {
            return names;
        }

        /** Builds the indexes this load set aside (and any a killed load left); nothing when it set none aside. */
        @Override
        public void close() {
            if (!names.isEmpty() && !leftForNextOpen) {
                restore();
            } else if (leftForNextOpen && !names.isEmpty()) {
                LOG.info("indexes {} left set aside: they are built when the database next opens", names);
            }
        }
    }

    /**
     * Sets aside those of {@code names} (case-insensitive) that are plain indexes of {@code table};
     * names it does not have, or that back a constraint, are left alone. Each is recorded, then
     * dropped, each in its own transaction: DDL commits in H2 anyway, so call this outside any open
     * transaction.
     */
    public Deferral defer(String table, Set<String> names) {
        Objects.requireNonNull(table, "table");
        Set<String> wanted = names.stream().map(n -> n.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return jdbi.withHandle(h -> {
            if (!new DatabaseKind().isH2(h)) {
                return new Deferral(List.of());
            }
            List<String> deferred = new ArrayList<>();
            for (IndexName ix : plainIndexes(h, table.toUpperCase(Locale.ROOT))) {
                if (!wanted.contains(ix.name())) {
                    continue;
                }
                String create = createSql(h, ix, table.toUpperCase(Locale.ROOT));
                h.useTransaction(t -> t.createUpdate("""
                                INSERT INTO deferred_index (index_name, table_name, create_sql)
                                SELECT :name, :table, :sql FROM (VALUES (1)) one
                                WHERE NOT EXISTS (SELECT 1 FROM deferred_index WHERE index_name = :name)
                                """)
                        .bind("name", ix.name()).bind("table", table).bind("sql", create).execute());
                h.execute("DROP INDEX IF EXISTS " + ix.quoted());
                deferred.add(ix.name());
            }
            LOG.info("bulk load of {}: indexes {} set aside until it ends", table, deferred);
            return new Deferral(deferred);
        });
    }

    /** A load that sets nothing aside (too small to be worth it). */
    public Deferral none() {
        return new Deferral(List.of());
    }

    /** Whether some index is set aside now (a load under way, or one that was killed). */
    public boolean pending() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM deferred_index").mapTo(Long.class).one()) > 0;
    }

    /**
     * {@link #restore()} on a database that may predate the {@code deferred_index} table (before
     * the migrations run: a migration may well name an index a killed load had set aside).
     */
    int restoreBeforeMigrations() {
        boolean known = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM information_schema.tables
                        WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = 'deferred_index'
                        """).mapTo(Long.class).one()) > 0;
        return known ? restore() : 0;
    }

    /**
     * Builds every index set aside and forgets it; does nothing when none is. Idempotent: an index
     * built before a crash is not built twice ({@code IF NOT EXISTS}).
     *
     * @return how many indexes it built
     */
    public int restore() {
        return jdbi.withHandle(h -> {
            List<String[]> recorded = h.createQuery("SELECT index_name, create_sql FROM deferred_index ORDER BY index_name")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] r : recorded) {
                long began = System.nanoTime();
                h.execute(r[1]);
                h.useTransaction(t -> t.createUpdate("DELETE FROM deferred_index WHERE index_name = :name")
                        .bind("name", r[0]).execute());
                LOG.info("index {} built in {} ms", r[0], (System.nanoTime() - began) / 1_000_000);
            }
            return recorded.size();
        });
    }

    private record IndexName(String schema, String name) {
        String quoted() {
            return quote(schema) + "." + quote(name);
        }
    }

    private static List<IndexName> plainIndexes(Handle h, String table) {
        return h.createQuery(PLAIN_INDEXES).bind("table", table)
                .map((rs, ctx) -> new IndexName(rs.getString(1), rs.getString(2))).list();
    }

    /** The index's definition as the catalogue describes it: columns in order, each with its direction and nulls. */
    private static String createSql(Handle h, IndexName ix, String table) {
        List<String> columns = h.createQuery(INDEX_COLUMNS).bind("schema", ix.schema()).bind("index", ix.name())
                .map((rs, ctx) -> quote(rs.getString(1)) + " " + rs.getString(2) + " NULLS " + rs.getString(3))
                .list();
        if (columns.isEmpty()) {
            throw new IllegalStateException("index " + ix.name() + " has no columns in the catalogue");
        }
        return "CREATE INDEX IF NOT EXISTS " + ix.quoted() + " ON " + quote(ix.schema()) + "." + quote(table)
                + " (" + String.join(", ", columns) + ")";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
