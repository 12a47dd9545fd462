package br.com.jttelecom.console.service.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How the history sync behaves.
 *
 * @param firstWindow    how far back the first sync of a new install reaches
 * @param interval       pause between background syncs
 * @param overlap        how much of the already-synced past each sync fetches again at least, because
 *                       the PBX indexes a call only some time after it ends
 * @param trailing       how much of the already-synced past each sync re-reads for calls written late:
 *                       the PBX writes a call's record when it ends, with its start time, so a long call
 *                       that began before the last sync appears behind it (at least the longest call
 *                       seen is re-read, whatever this says)
 * @param reconcileDays  how many of the last days the reconciliation compares with the PBX's totals
 * @param reconcileEvery how often it does (the first sync counts as one)
 * @param inFlight       history requests sent at once (within the client's rate limit)
 * @param backoffMin     first pause after a failed sync; it doubles on each further failure…
 * @param backoffMax     …up to this
 * @param pageSize       records per PBX request (the PBX's maximum is 1000)
 * @param bulkLoadMin    a run that brings at least this many calls, and at least as many as are stored
 *                       (a first sync), loads them in bulk: the history indexes are built once at the end
 *                       instead of row by row (see {@code store.DeferredIndexes})
 * @param stallTimeout   a run that stores no page for this long is stopped, reported and tried again after
 *                       the back-off: a sync stuck on a server that never answers or on the database must
 *                       not hold the history still while everything looks fine
 */
public record SyncSettings(Duration firstWindow, Duration interval, Duration overlap, Duration trailing,
                           int reconcileDays, Duration reconcileEvery, int inFlight, Duration backoffMin,
                           Duration backoffMax, int pageSize, int bulkLoadMin, Duration stallTimeout) {

    public static final Duration DEFAULT_FIRST_WINDOW = Duration.ofDays(90);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TRAILING = Duration.ofHours(4);
    public static final int DEFAULT_RECONCILE_DAYS = 7;
    public static final int DEFAULT_IN_FLIGHT = 3;
    /** Below this the row-by-row upkeep costs a second or two at most: not worth rebuilding indexes for. */
    public static final int DEFAULT_BULK_LOAD_MIN = 20_000;
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofMinutes(2);

    public SyncSettings {
        Objects.requireNonNull(firstWindow, "firstWindow");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(trailing, "trailing");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(backoffMin, "backoffMin");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("the stall timeout must be positive: " + stallTimeout);
        }
        if (firstWindow.isNegative() || interval.isNegative() || interval.isZero() || overlap.isNegative()
                || trailing.isNegative() || reconcileEvery.isNegative() || backoffMin.isNegative()
                || backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("invalid sync settings: " + firstWindow + ", " + interval + ", "
                    + overlap + ", " + trailing + ", " + reconcileEvery + ", " + backoffMin + "–" + backoffMax);
        }
        if (reconcileDays < 0 || reconcileDays > 62) {
            throw new IllegalArgumentException("reconcile days must be 0..62: " + reconcileDays);
        }
        if (inFlight < 1 || inFlight > 16) {
            throw new IllegalArgumentException("requests in flight must be 1..16: " + inFlight);
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000: " + pageSize);
        }
        if (bulkLoadMin < 1) {
            throw new IllegalArgumentException("bulk load minimum must be at least 1: " + bulkLoadMin);
        }
    }

    /**
     * 90 days back on first sync, every 5 minutes, 15 minutes of overlap, 4 hours re-read for late
     * records, the last 7 days reconciled once a day, 3 requests in flight, backoff 30 s doubling to
     * 15 min, pages of 1000, bulk loads from 20,000 calls, a run stopped after 2 minutes without a page.
     */
    public static SyncSettings defaults() {
        return new SyncSettings(DEFAULT_FIRST_WINDOW, DEFAULT_INTERVAL, Duration.ofMinutes(15), DEFAULT_TRAILING,
                DEFAULT_RECONCILE_DAYS, Duration.ofDays(1), DEFAULT_IN_FLIGHT, Duration.ofSeconds(30),
                Duration.ofMinutes(15), 1000, DEFAULT_BULK_LOAD_MIN, DEFAULT_STALL_TIMEOUT);
    }

    public SyncSettings withFirstWindow(Duration d) {
        return new SyncSettings(d, interval, overlap, trailing, reconcileDays, reconcileEvery, inFlight, backoffMin,
                backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withInterval(Duration d) {
        return new SyncSettings(firstWindow, d, overlap, trailing, reconcileDays, reconcileEvery, inFlight, backoffMin,
                backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withOverlap(Duration d) {
        return new SyncSettings(firstWindow, interval, d, trailing, reconcileDays, reconcileEvery, inFlight, backoffMin,
                backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withTrailing(Duration d) {
        return new SyncSettings(firstWindow, interval, overlap, d, reconcileDays, reconcileEvery, inFlight, backoffMin,
                backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withReconciliation(int days, Duration every) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, days, every, inFlight, backoffMin,
                backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withInFlight(int requests) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, reconcileDays, reconcileEvery, requests,
                backoffMin, backoffMax, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withBackoff(Duration min, Duration max) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, reconcileDays, reconcileEvery, inFlight, min,
                max, pageSize, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withPageSize(int size) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, reconcileDays, reconcileEvery, inFlight,
                backoffMin, backoffMax, size, bulkLoadMin, stallTimeout);
    }

    public SyncSettings withBulkLoadMin(int records) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, reconcileDays, reconcileEvery, inFlight,
                backoffMin, backoffMax, pageSize, records, stallTimeout);
    }

    public SyncSettings withStallTimeout(Duration d) {
        return new SyncSettings(firstWindow, interval, overlap, trailing, reconcileDays, reconcileEvery, inFlight,
                backoffMin, backoffMax, pageSize, bulkLoadMin, d);
    }

    /** The pause after {@code failures} failed syncs in a row (1 → backoffMin, doubling, capped). */
    Duration backoff(int failures) {
        if (failures <= 0) {
            return interval;
        }
        Duration d = backoffMin;
        for (int i = 1; i < failures && d.compareTo(backoffMax) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(backoffMax) > 0 ? backoffMax : d;
    }
}
