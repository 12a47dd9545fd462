package br.com.jttelecom.console.service.sync;

/**
 * Hears the history sync. Called on the sync's own thread: a UI hands the values over to its
 * own thread. A listener that throws aborts the running sync (what was committed stays, and the
 * next run resumes from there).
 */
public interface HistorySyncListener {

    /** After each page is committed. */
    default void progress(SyncProgress progress) {
    }

    /** When the sync starts, ends, fails or schedules its next attempt. */
    default void status(SyncStatus status) {
    }
}
