package br.com.jttelecom.console.store.recovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What the repositories call after writing local-only data: the row, read by its key once the
 * write has committed, goes to the edit journal before the repository returns to its caller.
 * Inside a transaction that waits for the commit ({@link Handle#afterCommit}), so a rolled-back
 * edit is never journalled; the outermost transaction's commit runs it before it returns, and all
 * of the transaction's edits are written with one force to the disk.
 */
public final class Journalled {

    private Journalled() {
    }

    /** @param keyValues the key's values, in the order of {@link JournalTable#key()} */
    public static void record(Handle h, JournalTable table, Object... keyValues) {
        JournalConfig config = h.getConfig(JournalConfig.class);
        EditJournal journal = config.journal();
        if (journal == null) {
            return;
        }
        if (keyValues.length != table.key().size()) {
            throw new IllegalArgumentException(table + " is keyed by " + table.key());
        }
        Map<String, Object> key = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i++) {
            key.put(table.key().get(i), keyValues[i]);
        }
        EditJournal.Pending edit = new EditJournal.Pending(table, key);
        if (!h.isInTransaction()) {
            journal.record(h, List.of(edit));
        } else if (config.addPending(edit)) {
            // One hook per transaction: an import of thousands of leads is written and forced once.
            h.afterCommit(() -> journal.record(h, config.drainPending()));
            h.afterRollback(config::drainPending);
        }
    }
}
