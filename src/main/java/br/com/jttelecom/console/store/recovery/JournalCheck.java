package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Whether the database still holds what the journal says was saved. A file cut short or partly
 * overwritten often opens without any error: H2 falls back to the last version it can read, and
 * everything saved after it is silently gone. Two cheap checks catch that:
 * <ul>
 *   <li>the journal's number that the last backup wrote into the database ({@link #MARK}) is not
 *       behind the journal's own (the database forgot at least that backup's write), and</li>
 *   <li>the row of the journal's last line is in the database as the line has it.</li>
 * </ul>
 * Only columns nothing else writes are compared: for a call, its notes and outcome (the sync and the
 * lead matching write its other columns).
 */
final class JournalCheck {

    /** The {@code sync_state} row holding the journal number of the last backup taken of this database. */
    static final String MARK = "backup.journal";

    private JournalCheck() {
    }

    static void confirm(Database database, EditJournal journal) {
        long marked = new SyncStateRepository(database.jdbi()).cursor(MARK).map(Long::parseLong).orElse(0L);
        if (marked < journal.base()) {
            throw new DatabaseWentBack("the database does not remember the backup of journal line " + journal.base());
        }
        List<JournalEntry> entries = journal.entriesAfter(journal.base());
        if (entries.isEmpty()) {
            return;
        }
        JournalEntry last = entries.get(entries.size() - 1);
        List<Map<String, Object>> now = database.jdbi().withHandle(h -> {
            try {
                return RowImages.rows(h.getConnection(), last.table(), last.key());
            } catch (SQLException e) {
                throw new IllegalStateException("could not read " + last.table(), e);
            }
        });
        if (!comparable(last.table(), now).equals(comparable(last.table(), last.rows()))) {
            throw new DatabaseWentBack("the database lacks the last journalled edit (line " + last.seq() + ")");
        }
    }

    /** Rows as JSON would hold them (the line's numbers may read back as another Number type). */
    private static String comparable(JournalTable table, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> table == JournalTable.CALL
                        ? List.of(String.valueOf(row.get("id")), String.valueOf(row.get("notes")), String.valueOf(row.get("outcome")))
                        : row.values().stream().map(String::valueOf).toList())
                .toList().toString();
    }

    /** The database opened, but older than what was saved: treated as damaged. */
    static final class DatabaseWentBack extends IllegalStateException {
        DatabaseWentBack(String message) {
            super(message);
        }
    }
}
