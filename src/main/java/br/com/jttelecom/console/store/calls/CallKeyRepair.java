package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.store.DatabaseKind;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.sql.SQLException;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the calls' unique key ({@code external_call_id}) again from the rows themselves.
 *
 * <p>Why: after an unclean stop, H2 can find in an index an entry of a transaction that never finished
 * and left no undo log. Its unique check then takes that entry for a concurrent insert in progress and
 * answers "concurrent update" until the lock timeout, every time the same call is written: the history
 * sync failed on that page at every attempt and never moved on. A unique key built again from the rows
 * holds only committed entries. Crash-safe: the statement that adds it back is recorded in
 * {@code deferred_index} before the key is dropped, so a kill in between is healed when the database next
 * opens ({@link DeferredIndexes#restore()}).
 */
public final class CallKeyRepair {

    private static final Logger LOG = LoggerFactory.getLogger(CallKeyRepair.class);

    static final String KEY = "UQ_CALLS_EXTERNAL_CALL_ID";
    private static final String ADD = "ALTER TABLE calls ADD CONSTRAINT IF NOT EXISTS uq_calls_external_call_id"
            + " UNIQUE (external_call_id)";

    /** H2's "concurrent update" (90131) and "lock timeout" (50200): what a leftover entry makes a write answer. */
    private static final int CONCURRENT_UPDATE = 90131;
    private static final int LOCK_TIMEOUT = 50200;

    private final Jdbi jdbi;

    public CallKeyRepair(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Whether a write failed the way a leftover index entry makes it fail (a lock that no live writer holds may). */
    public static boolean looksLikeALeftover(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == CONCURRENT_UPDATE || sql.getErrorCode() == LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** Drops the unique key and adds it back, built from the committed rows; H2 only, nothing elsewhere. */
    public void rebuild() {
        jdbi.useHandle(h -> {
            if (!new DatabaseKind().isH2(h)) {
                return;
            }
            long began = System.nanoTime();
            h.useTransaction(t -> t.createUpdate("""
                            INSERT INTO deferred_index (index_name, table_name, create_sql)
                            SELECT :name, 'calls', :sql FROM (VALUES (1)) one
                            WHERE NOT EXISTS (SELECT 1 FROM deferred_index WHERE index_name = :name)
                            """).bind("name", KEY).bind("sql", ADD).execute());
            h.execute("ALTER TABLE calls DROP CONSTRAINT IF EXISTS uq_calls_external_call_id");
            new DeferredIndexes(jdbi).restore();
            LOG.warn("the calls' unique key was built again from the rows in {} ms (a write kept failing as if a "
                    + "transaction that no longer exists held a call)", (System.nanoTime() - began) / 1_000_000);
        });
    }
}
