package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.DeadlockRetry;
import br.com.jttelecom.console.store.SyncStateRepository;
import br.com.jttelecom.console.store.calls.CallKeyRepair;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.UpsertCounts;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one fetched history page together with the cursor that follows it, in one transaction: killed at
 * any moment, the database holds whole pages and a cursor that says which are still to read. A bulk load's
 * page is inserted without first looking up which of its calls exist ({@link CallRepository#insertOrUpsertAll});
 * any other page is merged with what is stored.
 */
final class HistoryPageStore {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryPageStore.class);

    private final Jdbi jdbi;
    private final CallRepository calls;
    private final SyncStateRepository state;
    /** Whether the current run already built the calls' unique key again (at most once per run). */
    private boolean keyRepaired;

    HistoryPageStore(Jdbi jdbi, CallRepository calls, SyncStateRepository state) {
        this.jdbi = jdbi;
        this.calls = calls;
        this.state = state;
    }

    /** A new run may repair the unique key once more. */
    void newRun() {
        keyRepaired = false;
    }

    /**
     * Stores the page and the cursor. A page that fails as if a transaction that no longer exists held one
     * of its calls (a leftover of a killed console in the unique index, see {@link CallKeyRepair}) gets the
     * unique key built again, once per run, and is stored once more: without it, that page failed at every
     * attempt and the sync never moved on.
     */
    UpsertCounts store(List<Call> page, String cursor, boolean bulk) {
        Supplier<UpsertCounts> write = () -> DeadlockRetry.run("storing a history page",
                () -> jdbi.inTransaction(h -> {
                    UpsertCounts c = bulk ? calls.insertOrUpsertAll(page) : calls.upsertAll(page);
                    state.put(HistoryRun.STATE_NAME, cursor);
                    return c;
                }));
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (keyRepaired || !CallKeyRepair.looksLikeALeftover(e)) {
                throw e;
            }
            keyRepaired = true;
            LOG.warn("a history page could not be stored: a call stays locked by no live writer; "
                    + "building the calls' unique key again and storing the page once more");
            new CallKeyRepair(jdbi).rebuild();
            return write.get();
        }
    }
}
