package br.com.jttelecom.console.service.sync;

import java.time.Duration;

/**
 * What one sync run did.
 *
 * @param fetched   records read from the PBX
 * @param inserted  new calls stored
 * @param updated   stored calls that changed
 * @param complete  false when the run stopped before every window was stored: the cursor keeps the
 *                  windows left and the next run carries on with them
 * @param elapsed   wall time of the run
 * @param issues    what kept it from being exact, or what it worked around
 */
public record SyncResult(long fetched, long inserted, long updated, boolean complete, Duration elapsed,
                         SyncIssues issues) {

    public SyncResult(long fetched, long inserted, long updated, boolean complete, Duration elapsed) {
        this(fetched, inserted, updated, complete, elapsed, SyncIssues.NONE);
    }

    public double recordsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? fetched : fetched / s;
    }
}
