package br.com.jttelecom.console.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the history sync stands, as kept in {@code sync_state} ("history").
 *
 * <p>{@code syncedUntil}: every call that started before it is stored (null before the first
 * complete sync). While a run is under way, {@code run} says which period it covers and how far
 * it got: the PBX window it is in and the next record offset in that window. The run part is
 * written in the same transaction as each page's rows, so a resumed run starts exactly after the
 * last committed page.
 */
record SyncCursor(Instant syncedUntil, Run run) {

    static final SyncCursor EMPTY = new SyncCursor(null, null);

    /**
     * A run in progress: the period {@code from}..{@code to} (São Paulo dates; {@code fromTime} is
     * only set when the period is one day), begun at {@code startedAt}; the next page is
     * {@code offset} in the window that starts at {@code window}.
     */
    record Run(LocalDate from, LocalDate to, LocalTime fromTime, Instant startedAt, LocalDate window, long offset) {

        Run at(LocalDate nextWindow, long nextOffset) {
            return new Run(from, to, fromTime, startedAt, nextWindow, nextOffset);
        }
    }

    SyncCursor withRun(Run r) {
        return new SyncCursor(syncedUntil, r);
    }

    /** The run finished with every window complete: everything before its start is stored. */
    SyncCursor completed() {
        return new SyncCursor(run.startedAt(), null);
    }

    /** {@code until=…;from=…;to=…;time=…;started=…;window=…;offset=…} (absent parts left out). */
    String encode() {
        StringBuilder b = new StringBuilder("v1");
        if (syncedUntil != null) {
            b.append(";until=").append(syncedUntil);
        }
        if (run != null) {
            b.append(";from=").append(run.from()).append(";to=").append(run.to());
            if (run.fromTime() != null) {
                b.append(";time=").append(run.fromTime());
            }
            b.append(";started=").append(run.startedAt()).append(";window=").append(run.window())
                    .append(";offset=").append(run.offset());
        }
        return b.toString();
    }

    /** The cursor back from {@link #encode()}; an unreadable one means "start afresh" (a re-sync is harmless). */
    static SyncCursor parse(String text) {
        if (text == null || !text.startsWith("v1")) {
            return EMPTY;
        }
        try {
            Map<String, String> parts = new HashMap<>();
            for (String part : text.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            Instant until = parts.containsKey("until") ? Instant.parse(parts.get("until")) : null;
            Run run = null;
            if (parts.containsKey("from")) {
                run = new Run(LocalDate.parse(parts.get("from")), LocalDate.parse(parts.get("to")),
                        parts.containsKey("time") ? LocalTime.parse(parts.get("time")) : null,
                        Instant.parse(parts.get("started")), LocalDate.parse(parts.get("window")),
                        Long.parseLong(parts.get("offset")));
            }
            return new SyncCursor(until, run);
        } catch (RuntimeException e) {
            return EMPTY;
        }
    }
}
