package br.com.jttelecom.console.store.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * What the console did with a database it found damaged at open, for the one sentence the window
 * and the log show.
 *
 * @param setAside      the damaged file's new name in the data folder (kept, never deleted)
 * @param backupTakenAt the time of the backup restored; empty when none could be opened (a fresh database)
 * @param replayed      journal edits written back after it
 * @param failed        journal edits that could not be written back
 * @param editsMissing  true when edits between the backup restored and a newer, unreadable one are not in
 *                      the journal any more (the newer backup had dropped them)
 * @param cause         the kind of error that was found (an exception's simple name, no data)
 */
public record RecoveryReport(Instant at, String setAside, Optional<Instant> backupTakenAt, int replayed, int failed,
                             boolean editsMissing, String cause) {
}
