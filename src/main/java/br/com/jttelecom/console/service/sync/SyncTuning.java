package br.com.jttelecom.console.service.sync;

import java.time.Duration;

/**
 * The three history-sync figures an admin may change in Configurações, for a PBX that behaves unlike
 * the defaults expect: a floor whose calls last longer than the re-read stretch, a server that rewrites
 * older days, or one that takes fewer requests at once.
 *
 * @param trailingHours hours of the already-synced past each sync re-reads for calls written late
 *                      ({@value #MIN_TRAILING_HOURS}–{@value #MAX_TRAILING_HOURS}); the longest call
 *                      seen is re-read whatever this says
 * @param reconcileDays how many of the last days are compared with the PBX's totals once a day
 *                      (0–{@value #MAX_RECONCILE_DAYS}; 0 turns it off)
 * @param inFlight      history requests sent at once (1–{@value #MAX_IN_FLIGHT}), within the rate limit
 */
public record SyncTuning(int trailingHours, int reconcileDays, int inFlight) {

    public static final int MIN_TRAILING_HOURS = 1;
    public static final int MAX_TRAILING_HOURS = 48;
    public static final int MAX_RECONCILE_DAYS = 31;
    public static final int MAX_IN_FLIGHT = 8;

    public SyncTuning {
        if (trailingHours < MIN_TRAILING_HOURS || trailingHours > MAX_TRAILING_HOURS) {
            throw new IllegalArgumentException("trailing hours must be 1..48: " + trailingHours);
        }
        if (reconcileDays < 0 || reconcileDays > MAX_RECONCILE_DAYS) {
            throw new IllegalArgumentException("reconcile days must be 0..31: " + reconcileDays);
        }
        if (inFlight < 1 || inFlight > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("requests in flight must be 1..8: " + inFlight);
        }
    }

    /** 4 hours re-read, the last 7 days reconciled, 3 requests at once. */
    public static SyncTuning defaults() {
        return new SyncTuning((int) SyncSettings.DEFAULT_TRAILING.toHours(), SyncSettings.DEFAULT_RECONCILE_DAYS,
                SyncSettings.DEFAULT_IN_FLIGHT);
    }

    /** {@code settings} with these three figures, everything else as it was. */
    public SyncSettings applyTo(SyncSettings settings) {
        return settings.withTrailing(Duration.ofHours(trailingHours))
                .withReconciliation(reconcileDays, settings.reconcileEvery()).withInFlight(inFlight);
    }
}
