package br.com.jttelecom.console.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the history sync behaves.
 *
 * @param firstWindow how far back the first sync of a new install reaches
 * @param interval    pause between background syncs
 * @param overlap     how much of the already-synced past each sync fetches again, because the PBX
 *                    indexes a call only some time after it ends
 * @param backoffMin  first pause after a failed sync; it doubles on each further failure…
 * @param backoffMax  …up to this
 * @param pageSize    records per PBX request (the PBX's maximum is 1000)
 * @param bulkLoadMin a run that brings at least this many calls, and at least as many as are stored
 *                    (a first sync), loads them in bulk: the history indexes are built once at the end
 *                    instead of row by row (see {@code store.DeferredIndexes})
 */
public record SyncSettings(Duration firstWindow, Duration interval, Duration overlap, Duration backoffMin,
                           Duration backoffMax, int pageSize, int bulkLoadMin) {

    public static final Duration DEFAULT_FIRST_WINDOW = Duration.ofDays(90);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    /** Below this the row-by-row upkeep costs a second or two at most: not worth rebuilding indexes for. */
    public static final int DEFAULT_BULK_LOAD_MIN = 20_000;

    public SyncSettings {
        Objects.requireNonNull(firstWindow, "firstWindow");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(backoffMin, "backoffMin");
        Objects.requireNonNull(backoffMax, "backoffMax");
        if (firstWindow.isNegative() || interval.isNegative() || interval.isZero() || overlap.isNegative()
                || backoffMin.isNegative() || backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("invalid sync settings: " + firstWindow + ", " + interval + ", "
                    + overlap + ", " + backoffMin + "–" + backoffMax);
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000: " + pageSize);
        }
        if (bulkLoadMin < 1) {
            throw new IllegalArgumentException("bulk load minimum must be at least 1: " + bulkLoadMin);
        }
    }

    /**
     * 90 days back on first sync, every 5 minutes, 15 minutes of overlap, backoff 30 s doubling to
     * 15 min, pages of 1000, bulk loads from 20,000 calls.
     */
    public static SyncSettings defaults() {
        return new SyncSettings(DEFAULT_FIRST_WINDOW, DEFAULT_INTERVAL, Duration.ofMinutes(15), Duration.ofSeconds(30),
                Duration.ofMinutes(15), 1000, DEFAULT_BULK_LOAD_MIN);
    }

    public SyncSettings withFirstWindow(Duration d) {
        return new SyncSettings(d, interval, overlap, backoffMin, backoffMax, pageSize, bulkLoadMin);
    }

    public SyncSettings withInterval(Duration d) {
        return new SyncSettings(firstWindow, d, overlap, backoffMin, backoffMax, pageSize, bulkLoadMin);
    }

    public SyncSettings withOverlap(Duration d) {
        return new SyncSettings(firstWindow, interval, d, backoffMin, backoffMax, pageSize, bulkLoadMin);
    }

    public SyncSettings withBackoff(Duration min, Duration max) {
        return new SyncSettings(firstWindow, interval, overlap, min, max, pageSize, bulkLoadMin);
    }

    public SyncSettings withPageSize(int size) {
        return new SyncSettings(firstWindow, interval, overlap, backoffMin, backoffMax, size, bulkLoadMin);
    }

    public SyncSettings withBulkLoadMin(int records) {
        return new SyncSettings(firstWindow, interval, overlap, backoffMin, backoffMax, pageSize, records);
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
