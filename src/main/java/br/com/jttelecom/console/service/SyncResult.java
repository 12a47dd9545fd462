package br.com.jttelecom.console.service;

import java.time.Duration;

/**
 * What one sync run did.
 *
 * @param fetched   records read from the PBX
 * @param inserted  new calls stored
 * @param updated   stored calls that changed
 * @param complete  false when a window ended before the PBX's announced total (a page repeated,
 *                  the list shrank): the cursor stays there and the next run carries on from it
 * @param elapsed   wall time of the run
 */
public record SyncResult(long fetched, long inserted, long updated, boolean complete, Duration elapsed) {

    public double recordsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? fetched : fetched / s;
    }
}
