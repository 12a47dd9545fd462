package br.com.jttelecom.console.store.recovery;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Carries the data folder's {@link EditJournal} on the {@link org.jdbi.v3.core.Jdbi} the
 * repositories already get, so that none of their constructors (nor the many places building
 * them) change. No journal: a database that is not the console's own file (tests, PostgreSQL).
 */
public final class JournalConfig implements JdbiConfig<JournalConfig> {

    private EditJournal journal;
    /** This handle's edits waiting for its transaction to commit (each handle has its own copy). */
    private final List<EditJournal.Pending> pending = new ArrayList<>();

    public JournalConfig() {
    }

    private JournalConfig(JournalConfig other) {
        this.journal = other.journal;
    }

    EditJournal journal() {
        return journal;
    }

    void journal(EditJournal value) {
        this.journal = value;
    }

    /** @return true for the first edit of the transaction (the one that registers the commit hook) */
    boolean addPending(EditJournal.Pending edit) {
        pending.add(edit);
        return pending.size() == 1;
    }

    List<EditJournal.Pending> drainPending() {
        List<EditJournal.Pending> edits = List.copyOf(pending);
        pending.clear();
        return edits;
    }

    @Override
    public JournalConfig createCopy() {
        return new JournalConfig(this);
    }
}
