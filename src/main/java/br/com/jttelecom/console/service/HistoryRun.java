package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.store.CallFilter;
import br.com.jttelecom.console.store.CallRepository;
import br.com.jttelecom.console.store.DeferredIndexes;
import br.com.jttelecom.console.store.StoredCallNumbers;
import br.com.jttelecom.console.store.SyncStateRepository;
import br.com.jttelecom.console.store.UpsertCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run: reads the cursor, fetches the PBX's pages (on a {@link PageFetcher} thread) and
 * stores each page together with the moved cursor in one transaction. Killed at any moment, the
 * database holds whole pages and the cursor that matches them; the next run resumes there.
 *
 * <p>A run that brings at least {@link SyncSettings#bulkLoadMin()} calls and at least as many as
 * are stored (the first sync of a new install, or its resumption) is a bulk load: the indexes of
 * {@link CallRepository#BULK_DEFERRED_INDEXES} are set aside while the pages are stored, exactly as
 * above, and built once when the run ends, however it ends ({@link DeferredIndexes}; a killed
 * run's indexes are built when the database next opens); and each page is inserted without first
 * looking up which of its calls exist ({@link CallRepository#insertOrUpsertAll}).
 */
final class HistoryRun {

    static final String STATE_NAME = "history";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRun.class);

    private final PabxClient client;
    private final Jdbi jdbi;
    private final CallRepository calls;
    private final SyncStateRepository state;
    private final SyncSettings settings;
    private final Clock clock;
    private final OddRecords odd;
    private final DeferredIndexes indexes;
    private final PhoneNumbers phones;
    private final StoredNumbersRepair numbersRepair;
    private final AreaCodes areaCodes;

    HistoryRun(PabxClient client, Jdbi jdbi, CallRepository calls, SyncStateRepository state, SyncSettings settings,
               Clock clock, OddRecords odd, PhoneNumbers phones, AreaCodes areaCodes) {
        this.client = client;
        this.jdbi = jdbi;
        this.indexes = new DeferredIndexes(jdbi);
        this.calls = calls;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        this.odd = odd;
        this.phones = phones;
        this.areaCodes = areaCodes;
        this.numbersRepair = new StoredNumbersRepair(jdbi, new StoredCallNumbers(jdbi, clock), state, phones, areaCodes);
    }

    SyncCursor cursor() {
        return SyncCursor.parse(state.cursor(STATE_NAME).orElse(null));
    }

    SyncResult run(Consumer<SyncProgress> progress) throws InterruptedException {
        long began = System.nanoTime();
        SyncCursor cursor = cursor();
        SyncCursor.Run run = cursor.run() != null ? cursor.run() : newRun(cursor.syncedUntil());
        cursor = cursor.withRun(run);
        HistoryQuery query = HistoryQuery.between(run.window(), run.to()).withPageSize(settings.pageSize());
        if (run.fromTime() != null && run.window().equals(run.from())) {
            query = query.withTimes(run.fromTime(), null);
        }
        // Indexes an earlier run set aside and could not build again (its end failed too): build them first.
        indexes.restore();
        // The extensions' DDDs before any number is read: local numbers come without one (see CustomerNumbers).
        areaCodes.refreshIfStale();
        numbersRepair.runOnce();
        Map<LocalDate, Long> totals = probeTotals(query, run);
        long done = 0;
        long fetched = 0;
        long inserted = 0;
        long updated = 0;
        boolean complete = true;
        boolean bulk = isBulkLoad(sum(totals));
        // The deferral closes last: the indexes are built after the fetcher has stopped, whether the run completed or failed.
        try (DeferredIndexes.Deferral deferral = bulk ? indexes.defer("calls", CallRepository.BULK_DEFERRED_INDEXES)
                : indexes.none();
             PageFetcher fetcher = new PageFetcher(client.historyPages(query, run.offset()), client.historyMapper(), odd,
                     new CustomerNumbers(phones, areaCodes))
                .start()) {
            LocalDate window = run.window();
            long windowEnd = run.offset();
            long windowTotal = -1;
            PageFetcher.Batch batch;
            while ((batch = fetcher.next()) != null) {
                PageFetcher.Batch page = batch;
                if (!batch.window().equals(window)) {
                    if (short_(windowEnd, windowTotal, window)) {
                        complete = false;
                        break;
                    }
                    window = batch.window();
                }
                windowTotal = batch.total();
                windowEnd = batch.offset() + batch.calls().size();
                totals.put(window, Math.max(0, batch.total() - (window.equals(run.window()) ? run.offset() : 0)));
                SyncCursor next = cursor.withRun(cursor.run().at(window, windowEnd));
                UpsertCounts counts = jdbi.inTransaction(h -> {
                    UpsertCounts c = bulk ? calls.insertOrUpsertAll(page.calls()) : calls.upsertAll(page.calls());
                    state.put(STATE_NAME, next.encode());
                    return c;
                });
                cursor = next;
                fetched += batch.calls().size();
                inserted += counts.inserted();
                updated += counts.updated();
                done += batch.calls().size();
                progress.accept(new SyncProgress(done, Math.max(done, sum(totals))));
            }
            if (complete && short_(windowEnd, windowTotal, window)) {
                complete = false;
            }
            if (!deferral.names().isEmpty()) {
                LOG.info("bulk load stored {} calls; building the indexes set aside: {}", fetched, deferral.names());
            }
        }
        if (complete) {
            state.put(STATE_NAME, cursor.completed().encode());
        }
        return new SyncResult(fetched, inserted, updated, complete, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Whether the run brings at least as many calls as are stored, and enough for a bulk load to pay. */
    private boolean isBulkLoad(long incoming) {
        return incoming >= settings.bulkLoadMin() && incoming >= calls.count(CallFilter.all());
    }

    /** The period to fetch: from the first-sync window or from the last sync minus the overlap, to today. */
    private SyncCursor.Run newRun(Instant syncedUntil) {
        Instant now = clock.instant();
        Instant since = syncedUntil == null ? now.minus(settings.firstWindow()) : syncedUntil.minus(settings.overlap());
        ZonedDateTime sinceLocal = since.atZone(PageFetcher.SAO_PAULO);
        LocalDate from = sinceLocal.toLocalDate();
        LocalDate to = now.atZone(PageFetcher.SAO_PAULO).toLocalDate();
        // hora_inicial is only sent for a one-day period: for several days, whether the PBX reads it
        // as the first day's time or as every day's time is not known, and the latter would lose calls.
        LocalTime time = syncedUntil != null && from.equals(to)
                ? sinceLocal.toLocalTime().truncatedTo(ChronoUnit.MINUTES) : null;
        return new SyncCursor.Run(from, to.isBefore(from) ? from : to, time, now, from, 0);
    }

    /** Each window's {@code qtd_total_resultados} (one-record requests), so the progress bar knows the end early. */
    private Map<LocalDate, Long> probeTotals(HistoryQuery query, SyncCursor.Run run) {
        Map<LocalDate, Long> totals = new HashMap<>();
        for (HistoryQuery window : query.windows()) {
            Iterator<HistoryPage> first = client.historyPages(window.withPageSize(1));
            long total = first.hasNext() ? Math.max(0, first.next().total()) : 0;
            totals.put(window.from(), Math.max(0, total - (window.from().equals(run.window()) ? run.offset() : 0)));
        }
        return totals;
    }

    /** A window whose pages stopped before the announced total (a repeated page, a shrinking list). */
    private static boolean short_(long end, long total, LocalDate window) {
        if (total >= 0 && end < total) {
            LOG.warn("history window from {} ended at record {} of {}; the next sync resumes there", window, end, total);
            return true;
        }
        return false;
    }

    private static long sum(Map<LocalDate, Long> totals) {
        long s = 0;
        for (long t : totals.values()) {
            s += t;
        }
        return s;
    }
}
