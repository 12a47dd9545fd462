package br.com.jttelecom.console.service.sync;

/**
 * Asks a history run under way to stop at its next step: the watchdog when the run has stored nothing
 * for {@link SyncSettings#stallTimeout()}, {@link HistorySync#close()} when the console quits. The run
 * looks at it between pages and while it waits for one, so it never needs an interrupt: an interrupt
 * that lands inside the database's file I/O would close the database file under every other thread.
 */
final class RunStop {

    enum Reason { STALLED, CLOSING }

    private volatile Reason reason;

    /** The first request wins: a run stopped as stalled stays stalled when the console then quits. */
    synchronized void request(Reason why) {
        if (reason == null) {
            reason = why;
        }
    }

    Reason reason() {
        return reason;
    }

    boolean requested() {
        return reason != null;
    }

    /** @throws SyncStopped when a stop was asked for */
    void check() {
        Reason r = reason;
        if (r != null) {
            throw new SyncStopped(r);
        }
    }

    /** A run that ended because it was asked to; what it stored stays stored, the cursor says what is left. */
    static final class SyncStopped extends RuntimeException {

        private final Reason reason;

        SyncStopped(Reason reason) {
            super(reason == Reason.STALLED ? "the history sync made no progress and was stopped"
                    : "the history sync was stopped because the console is closing", null, false, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
