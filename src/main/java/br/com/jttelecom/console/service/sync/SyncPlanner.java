package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cuts the period a new run must read into windows that tile it with no gap, newest first.
 *
 * <p>The period starts {@link SyncSettings#firstWindow()} back on a first sync; afterwards at the last
 * complete sync minus the longest of the overlap, the trailing re-read and the longest call seen, so a
 * call whose record the PBX wrote when it ended (long after it began) is still found. Its first day is
 * read from the exact minute (a one-day window), every other day whole, to 23:59 of today.
 *
 * <p>A period of more than two days is first probed (one one-record request per two months) for
 * its size, which also gives the progress bar its end: busy stretches get one-day windows (a busy
 * account's day is 5 to 6 pages, fetched in parallel, re-read cheaply when it changes), quiet ones up
 * to two months (a quiet account's 90 days stay a handful of requests).
 */
final class SyncPlanner {

    /** Records a window aims at: about five pages. */
    static final long WINDOW_TARGET_RECORDS = 5_000;

    /** A new run, and the number of records its probes announced (-1 when it was not probed). */
    record Plan(SyncCursor.Run run, long announced) {
    }

    private final PabxClient client;
    private final Supplier<SyncSettings> settings;

    SyncPlanner(PabxClient client, Supplier<SyncSettings> settings) {
        this.client = client;
        this.settings = settings;
    }

    /** @param reconcile compare the last days with the PBX's totals even if not due */
    Plan plan(SyncCursor cursor, Instant now, long stored, boolean reconcile) {
        Instant since = periodStart(cursor, now);
        LocalDate first = since.atZone(HistoryWindow.SAO_PAULO).toLocalDate();
        LocalDate today = now.atZone(HistoryWindow.SAO_PAULO).toLocalDate();
        if (today.isBefore(first)) {
            today = first; // a clock behind the last sync: read its day
        }
        List<HistoryWindow> windows = new ArrayList<>();
        HistoryWindow head = HistoryWindow.restOfDay(since);
        LocalDate wholeFrom = first;
        if (!head.wholeDays()) {
            windows.add(head);
            wholeFrom = first.plusDays(1);
        }
        long announced = -1;
        if (ChronoUnit.DAYS.between(first, today) >= 2) {
            announced = 0;
            List<HistoryQuery> chunks = HistoryQuery.between(first, today).windows();
            List<Long> totals = probe(chunks);
            for (int c = 0; c < chunks.size(); c++) {
                HistoryQuery chunk = chunks.get(c);
                long total = totals.get(c);
                announced += total;
                LocalDate from = chunk.from().isBefore(wholeFrom) ? wholeFrom : chunk.from();
                if (!from.isAfter(chunk.to())) {
                    cut(windows, from, chunk.to(), daysPerWindow(total, chunk));
                }
            }
        } else if (!wholeFrom.isAfter(today)) {
            cut(windows, wholeFrom, today, 1);
        }
        windows.sort(Comparator.comparing(HistoryWindow::from).reversed());
        boolean bulk = cursor.syncedUntil() == null && announced >= settings.get().bulkLoadMin() && announced >= stored;
        boolean reconciling = cursor.syncedUntil() != null && settings.get().reconcileDays() > 0
                && (reconcile || cursor.reconciledAt() == null
                || !cursor.reconciledAt().plus(settings.get().reconcileEvery()).isAfter(now));
        return new Plan(new SyncCursor.Run(now, windows, new BitSet(), bulk, reconciling), announced);
    }

    /** Each chunk's total, asked all at once (the client's rate limit still paces them): a first sync starts sooner. */
    private List<Long> probe(List<HistoryQuery> chunks) {
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Long>> asked = new ArrayList<>();
            for (HistoryQuery chunk : chunks) {
                asked.add(executor.submit(() ->
                        Math.max(0, client.historyPage(chunk.withTimes(null, null).withPageSize(1), 0).total())));
            }
            List<Long> totals = new ArrayList<>();
            for (java.util.concurrent.Future<Long> f : asked) {
                totals.add(f.get());
            }
            return totals;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the PBX for the period's size", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a PabxException, as the sequential probes threw it
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Where a new run starts reading. */
    Instant periodStart(SyncCursor cursor, Instant now) {
        if (cursor.syncedUntil() == null) {
            return now.minus(settings.get().firstWindow());
        }
        Duration back = max(max(settings.get().overlap(), settings.get().trailing()), cursor.longestCall());
        Instant since = cursor.syncedUntil().minus(back);
        return since.isAfter(now) ? now.minus(back) : since;
    }

    private static long daysPerWindow(long total, HistoryQuery chunk) {
        long days = ChronoUnit.DAYS.between(chunk.from(), chunk.to()) + 1;
        long perDay = Math.max(1, (total + days - 1) / days);
        return Math.max(1, Math.min(days, WINDOW_TARGET_RECORDS / perDay));
    }

    private static void cut(List<HistoryWindow> out, LocalDate from, LocalDate to, long days) {
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plusDays(days - 1);
            if (end.isAfter(to)) {
                end = to;
            }
            out.add(HistoryWindow.days(start, end));
            start = end.plusDays(1);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
