package br.com.jttelecom.console.service.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the history sync stands, as kept in {@code sync_state} ("history").
 *
 * <p>{@code syncedUntil}: every call that started before it has been read once (null before the
 * first complete sync); later syncs still re-read a trailing stretch before it, because the PBX
 * writes a call's record when the call ends. {@code longestCall}: the longest call stored so far
 * (the trailing stretch is at least that long). {@code reconciledAt}: when the last days were last
 * compared with the PBX's totals. While a run is under way, {@code run} lists its windows and which
 * of them are stored whole; that part is written in the same transaction as each window's last
 * page, so a resumed run fetches exactly the windows not yet done.
 */
record SyncCursor(Instant syncedUntil, Duration longestCall, Instant reconciledAt, Run run) {

    static final SyncCursor EMPTY = new SyncCursor(null, Duration.ZERO, null, null);

    /**
     * A run in progress, begun at {@code startedAt}: its {@code windows}, newest first (the order they
     * are fetched in), {@code done} the indexes stored whole; {@code bulk} whether it loads in bulk,
     * {@code reconciling} whether it also compares the last days with the PBX's totals.
     */
    record Run(Instant startedAt, List<HistoryWindow> windows, BitSet done, boolean bulk, boolean reconciling,
               Map<Integer, Partial> partial) {

        Run {
            windows = List.copyOf(windows);
            done = (BitSet) done.clone();
            partial = Map.copyOf(partial);
        }

        Run(Instant startedAt, List<HistoryWindow> windows, BitSet done, boolean bulk, boolean reconciling) {
            this(startedAt, windows, done, bulk, reconciling, Map.of());
        }

        Run withDone(int index) {
            BitSet d = (BitSet) done.clone();
            d.set(index);
            Map<Integer, Partial> p = new HashMap<>(partial);
            p.remove(index);
            return new Run(startedAt, windows, d, bulk, reconciling, p);
        }

        /** Window {@code index} has its pages {@code pages} stored, of a read that announced {@code total}. */
        Run withPartial(int index, Partial read) {
            Map<Integer, Partial> p = new HashMap<>(partial);
            p.put(index, read);
            return new Run(startedAt, windows, done, bulk, reconciling, p);
        }

        Run withoutPartial(int index) {
            Map<Integer, Partial> p = new HashMap<>(partial);
            p.remove(index);
            return new Run(startedAt, windows, done, bulk, reconciling, p);
        }

        Run plus(List<HistoryWindow> more) {
            List<HistoryWindow> all = new ArrayList<>(windows);
            all.addAll(more);
            return new Run(startedAt, all, done, bulk, reconciling, partial);
        }

        Run reconciled() {
            return new Run(startedAt, windows, done, bulk, false, partial);
        }

        boolean finished() {
            return done.cardinality() == windows.size();
        }

        List<Integer> pending() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                if (!done.get(i)) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    /**
     * A window read part-way: the pages (numbers of {@code pageSize} records) stored of a read whose
     * first page announced {@code total}. A resumed run asks for the other pages only, and reads the
     * whole window again if the PBX's total is no longer the same.
     */
    record Partial(long total, int pageSize, BitSet pages) {

        Partial {
            pages = (BitSet) pages.clone();
        }

        Partial with(int page) {
            BitSet p = (BitSet) pages.clone();
            p.set(page);
            return new Partial(total, pageSize, p);
        }
    }

    SyncCursor withRun(Run r) {
        return new SyncCursor(syncedUntil, longestCall, reconciledAt, r);
    }

    SyncCursor withLongestCall(Duration d) {
        return d.compareTo(longestCall) > 0 ? new SyncCursor(syncedUntil, d, reconciledAt, run) : this;
    }

    /**
     * The run finished with every window stored whole: everything that started before it began is
     * stored; {@code reconciled} is when the last days were last compared (null: at the next run).
     */
    SyncCursor completed(Instant reconciled) {
        return new SyncCursor(run.startedAt(), longestCall, reconciled, null);
    }

    /**
     * {@code v2;until=…;longest=…;reconciled=…;started=…;bulk=…;rec=…;w=…;done=…} (absent parts left out).
     * A window is {@code firstDay+days} as days from the first window's day, with {@code @HHmm} for a start time.
     */
    String encode() {
        StringBuilder b = new StringBuilder("v2");
        if (syncedUntil != null) {
            b.append(";until=").append(syncedUntil);
        }
        b.append(";longest=").append(longestCall.toSeconds());
        if (reconciledAt != null) {
            b.append(";reconciled=").append(reconciledAt);
        }
        if (run != null) {
            LocalDate base = run.windows().isEmpty() ? LocalDate.EPOCH : run.windows().get(0).from();
            b.append(";started=").append(run.startedAt()).append(";bulk=").append(run.bulk() ? 1 : 0)
                    .append(";rec=").append(run.reconciling() ? 1 : 0).append(";base=").append(base).append(";w=");
            for (int i = 0; i < run.windows().size(); i++) {
                HistoryWindow w = run.windows().get(i);
                if (i > 0) {
                    b.append(',');
                }
                b.append(ChronoUnit.DAYS.between(base, w.from())).append('+').append(ChronoUnit.DAYS.between(w.from(), w.to()));
                if (w.startTime() != null) {
                    b.append('@').append(w.startTime().getHour() * 100 + w.startTime().getMinute());
                }
            }
            b.append(";done=").append(numbers(run.done()));
            if (!run.partial().isEmpty()) {
                b.append(";part=");
                String sep = "";
                for (Map.Entry<Integer, Partial> e : new java.util.TreeMap<>(run.partial()).entrySet()) {
                    Partial p = e.getValue();
                    b.append(sep).append(e.getKey()).append(':').append(p.total()).append(':').append(p.pageSize())
                            .append(':').append(numbers(p.pages()).replace(',', '.'));
                    sep = ",";
                }
            }
        }
        return b.toString();
    }

    private static String numbers(BitSet bits) {
        return String.join(",", bits.stream().mapToObj(Integer::toString).toList());
    }

    /**
     * The cursor back from {@link #encode()}. A v1 cursor (an older console) keeps its "synced until"
     * and drops its run (fetching a window again is harmless); an unreadable one means "start afresh".
     */
    static SyncCursor parse(String text) {
        if (text == null) {
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
            if (text.startsWith("v1")) {
                return new SyncCursor(until, Duration.ZERO, null, null);
            }
            if (!text.startsWith("v2")) {
                return EMPTY;
            }
            Duration longest = Duration.ofSeconds(Long.parseLong(parts.getOrDefault("longest", "0")));
            Instant reconciled = parts.containsKey("reconciled") ? Instant.parse(parts.get("reconciled")) : null;
            Run run = null;
            if (parts.containsKey("started")) {
                LocalDate base = LocalDate.parse(parts.get("base"));
                List<HistoryWindow> windows = new ArrayList<>();
                String w = parts.getOrDefault("w", "");
                for (String item : w.isEmpty() ? new String[0] : w.split(",")) {
                    String[] timeSplit = item.split("@");
                    String[] span = timeSplit[0].split("\\+");
                    LocalDate from = base.plusDays(Long.parseLong(span[0]));
                    LocalTime time = null;
                    if (timeSplit.length > 1) {
                        int hhmm = Integer.parseInt(timeSplit[1]);
                        time = LocalTime.of(hhmm / 100, hhmm % 100);
                    }
                    windows.add(new HistoryWindow(from, from.plusDays(Long.parseLong(span[1])), time));
                }
                BitSet done = new BitSet();
                String d = parts.getOrDefault("done", "");
                for (String i : d.isEmpty() ? new String[0] : d.split(",")) {
                    done.set(Integer.parseInt(i));
                }
                Map<Integer, Partial> partial = new HashMap<>();
                String part = parts.getOrDefault("part", "");
                for (String item : part.isEmpty() ? new String[0] : part.split(",")) {
                    String[] f = item.split(":", -1);
                    BitSet pages = new BitSet();
                    for (String n : f[3].isEmpty() ? new String[0] : f[3].split("\\.")) {
                        pages.set(Integer.parseInt(n));
                    }
                    partial.put(Integer.parseInt(f[0]), new Partial(Long.parseLong(f[1]), Integer.parseInt(f[2]), pages));
                }
                run = new Run(Instant.parse(parts.get("started")), windows, done, "1".equals(parts.get("bulk")),
                        "1".equals(parts.get("rec")), partial);
            }
            return new SyncCursor(until, longest, reconciled, run);
        } catch (RuntimeException e) {
            return EMPTY;
        }
    }
}
