package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.DeferredIndexes;
import br.com.jttelecom.console.store.calls.PbxCallCounts;
import br.com.jttelecom.console.store.calls.StoredCallNumbers;
import br.com.jttelecom.console.store.SyncStateRepository;
import br.com.jttelecom.console.store.calls.UpsertCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run: plans its windows ({@link SyncPlanner}) or resumes the ones a killed run left,
 * fetches their pages several at a time ({@link WindowFetchers}) and stores each page in one
 * transaction, together with the cursor when the page completes its window. Killed at any moment,
 * the database holds whole pages and a cursor that lists the windows still to read; the next run
 * reads exactly those. A window whose total changed while it was paged is read again
 * ({@link WindowLedger}). When due, the run then compares the last days with the PBX's totals and
 * fetches again the days that hold fewer calls ({@link Reconciliation}).
 *
 * <p>A first sync that brings at least {@link SyncSettings#bulkLoadMin()} calls and at least as many
 * as are stored is a bulk load: the indexes of {@link CallRepository#BULK_DEFERRED_INDEXES} are set
 * aside while the pages are stored and built once when the run ends, however it ends
 * ({@link DeferredIndexes}; a killed run's indexes are built when the database next opens), and each
 * page is inserted without first looking up which of its calls exist.
 *
 * <p>Each page is stored by {@link HistoryPageStore}; what the run counted is a {@link RunTally}.
 */
final class HistoryRun {

    static final String STATE_NAME = "history";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRun.class);

    private final PabxClient client;
    private final CallRepository calls;
    private final SyncStateRepository state;
    /** Read at each use: Configurações may change the re-read stretch, the days checked and the requests at once. */
    private final Supplier<SyncSettings> settings;
    private final Clock clock;
    private final OddRecords odd;
    private final DeferredIndexes indexes;
    private final Supplier<CustomerNumbers> numbers;
    private final StoredNumbersRepair numbersRepair;
    private final SyncPlanner planner;
    private final Reconciliation reconciliation;
    private final AreaCodes areaCodes;
    private final HistoryPageStore pages;

    HistoryRun(PabxClient client, Jdbi jdbi, CallRepository calls, SyncStateRepository state, Supplier<SyncSettings> settings,
               Clock clock, OddRecords odd, PhoneNumbers phones, AreaCodes areaCodes) {
        this.client = client;
        this.indexes = new DeferredIndexes(jdbi);
        this.calls = calls;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        this.odd = odd;
        this.areaCodes = areaCodes;
        this.numbers = () -> new CustomerNumbers(phones, areaCodes);
        this.numbersRepair = new StoredNumbersRepair(jdbi, new StoredCallNumbers(jdbi, clock), state, phones, areaCodes);
        this.planner = new SyncPlanner(client, settings);
        this.reconciliation = new Reconciliation(client, new PbxCallCounts(jdbi));
        this.pages = new HistoryPageStore(jdbi, calls, state);
    }

    SyncCursor cursor() {
        return SyncCursor.parse(state.cursor(STATE_NAME).orElse(null));
    }

    SyncResult run(Consumer<SyncProgress> progress) throws InterruptedException {
        return run(progress, false, new RunStop());
    }

    /**
     * @param reconcile compare the last days with the PBX's totals even if not due (a person asked)
     * @param stop      looked at between pages: when asked, the run ends with {@link RunStop.SyncStopped}
     *                  after the page it is storing, and the cursor says what is left
     */
    SyncResult run(Consumer<SyncProgress> progress, boolean reconcile, RunStop stop) throws InterruptedException {
        long began = System.nanoTime();
        pages.newRun();
        RunTally tally = new RunTally(client); // first: the PBX errors counted from here on are this run's
        // Indexes an earlier run set aside and could not build again (its end failed too): build them first.
        indexes.restore();
        // The extensions' DDDs before any number is read: local numbers come without one (see CustomerNumbers).
        areaCodes.refreshIfStale();
        numbersRepair.runOnce();
        SyncCursor cursor = cursor();
        if (cursor.run() == null) {
            SyncPlanner.Plan plan = planner.plan(cursor, clock.instant(), calls.count(CallFilter.all()), reconcile);
            tally.announced = plan.announced();
            cursor = cursor.withRun(plan.run());
            state.put(STATE_NAME, cursor.encode());
        }
        stop.check();
        cursor = read(cursor, cursor.run().pending(), cursor.run().bulk(), tally, progress, stop);
        boolean reconciledNow = cursor.run().reconciling();
        if (reconciledNow) {
            stop.check();
            cursor = reconcile(cursor, tally, progress, stop);
        }
        boolean complete = cursor.run().finished();
        if (complete) {
            // A first sync reads every day: it counts as a reconciliation. A window that stayed
            // inexact is compared with the PBX's totals again by the next run.
            Instant reconciledAt = tally.inexact > 0 ? null
                    : reconciledNow || cursor.syncedUntil() == null ? cursor.run().startedAt() : cursor.reconciledAt();
            state.put(STATE_NAME, cursor.completed(reconciledAt).encode());
        }
        SyncIssues issues = tally.issues();
        if (issues.degraded() || issues.reread() > 0 || issues.refetched() > 0 || issues.serverErrors() > 0
                || issues.rateLimited() > 0) {
            LOG.warn("history sync was not clean: {}", issues.summary());
        }
        return new SyncResult(tally.fetched, tally.inserted, tally.updated, complete,
                Duration.ofNanos(System.nanoTime() - began), issues);
    }

    /** Reads the windows {@code pending} of the cursor's run until each is stored whole (or given up as inexact). */
    private SyncCursor read(SyncCursor cursor, List<Integer> pending, boolean bulk, RunTally tally,
                            Consumer<SyncProgress> progress, RunStop stop) throws InterruptedException {
        if (pending.isEmpty()) {
            return cursor;
        }
        SyncCursor.Run run = cursor.run();
        WindowLedger ledger = new WindowLedger();
        Set<Integer> open = new HashSet<>(pending);
        Set<Integer> warned = new HashSet<>();
        // The deferral closes last: the indexes are built after the fetchers have stopped, whether the run completed or failed.
        try (DeferredIndexes.Deferral deferral = bulk ? indexes.defer("calls", CallRepository.BULK_DEFERRED_INDEXES)
                : indexes.none();
             WindowFetchers fetchers = new WindowFetchers(client, run.windows(), settings.get().pageSize(),
                     Math.min(settings.get().inFlight(), pending.size()), odd, numbers).start()) {
            // The newest window goes alone until its first page is in: its other pages then get the first
            // permits of the rate limit, so today's calls are listed within seconds of a first start.
            List<Integer> later = new ArrayList<>(pending.subList(1, pending.size()));
            ask(fetchers, ledger, run, pending.get(0));
            int newest = pending.get(0);
            Map<Integer, Long> totals = new HashMap<>();
            while (!open.isEmpty()) {
                WindowFetchers.Batch batch = nextOrLeave(fetchers, deferral, stop);
                if (!later.isEmpty() && batch.window() == newest) {
                    later.forEach(i -> ask(fetchers, ledger, run, i));
                    later.clear();
                }
                WindowLedger.Verdict verdict = ledger.accept(batch);
                SyncCursor next = cursor.withLongestCall(batch.longestCall());
                next = next.withRun(switch (verdict) {
                    case EXACT, INEXACT -> next.run().withDone(batch.window());
                    case READ_AGAIN -> next.run().withoutPartial(batch.window());
                    case PENDING -> next.run().withPartial(batch.window(), partialAfter(next.run(), batch));
                    case STALE -> next.run();
                });
                String written = next.encode();
                UpsertCounts counts = pages.store(batch.calls(), written, bulk);
                cursor = next;
                tally.stored(batch.calls().size(), counts);
                if (batch.offset() == 0 && batch.pass() == 0 && batch.total() > 0) {
                    totals.put(batch.window(), batch.total());
                }
                switch (verdict) {
                    case EXACT -> open.remove(batch.window());
                    case INEXACT -> {
                        open.remove(batch.window());
                        tally.inexact++;
                        LOG.warn("history window {} kept changing while read ({} reads); stored as read, "
                                + "compared with the PBX again by the next sync", run.windows().get(batch.window()),
                                WindowLedger.MAX_PASSES);
                    }
                    case READ_AGAIN -> {
                        tally.reread++;
                        if (warned.add(batch.window())) {
                            LOG.warn("history window {} changed while read (its total went from {} to {}); reading it again",
                                    run.windows().get(batch.window()), ledger.total(batch.window()), batch.total());
                        }
                        fetchers.fetch(batch.window(), ledger.pass(batch.window()));
                    }
                    default -> {
                        // more pages of the window to come, or a page of an earlier read
                    }
                }
                if (!batch.calls().isEmpty() || open.isEmpty()) {
                    progress.accept(tally.progress(totals.values()));
                }
            }
            if (!deferral.names().isEmpty()) {
                LOG.info("bulk load stored {} calls; building the indexes set aside: {}", tally.fetched, deferral.names());
            }
        }
        return cursor;
    }

    /**
     * The next page; when the console is quitting, the indexes set aside are left for the next open to
     * build (a build can take seconds on a big table, and a quitting console has 5 s in all).
     */
    private static WindowFetchers.Batch nextOrLeave(WindowFetchers fetchers, DeferredIndexes.Deferral deferral,
                                                    RunStop stop) throws InterruptedException {
        try {
            return fetchers.next(stop);
        } catch (RunStop.SyncStopped stopped) {
            if (stopped.reason() == RunStop.Reason.CLOSING) {
                deferral.leaveForNextOpen();
            }
            throw stopped;
        }
    }

    /** Asks for window {@code i}: whole, or the pages a killed run left of it. */
    private void ask(WindowFetchers fetchers, WindowLedger ledger, SyncCursor.Run run, int i) {
        List<Long> missing = missingPages(run.partial().get(i));
        if (missing.isEmpty()) {
            fetchers.fetch(i, 0);
        } else {
            ledger.resume(i, run.partial().get(i));
            fetchers.fetchPages(i, 0, missing);
        }
    }

    /** The pages a killed run left to read of a window it read part-way; empty to read the window whole. */
    private List<Long> missingPages(SyncCursor.Partial read) {
        List<Long> missing = new ArrayList<>();
        if (read == null || read.total() < 0 || read.pageSize() != settings.get().pageSize() || !read.pages().get(0)) {
            return missing;
        }
        long pages = Math.min(WindowFetchers.MAX_PAGES_PER_WINDOW, (read.total() + read.pageSize() - 1) / read.pageSize());
        for (int page = 0; page < pages; page++) {
            if (!read.pages().get(page)) {
                missing.add((long) page * read.pageSize());
            }
        }
        return missing;
    }

    private SyncCursor.Partial partialAfter(SyncCursor.Run run, WindowFetchers.Batch batch) {
        int page = (int) (batch.offset() / batch.pageSize());
        SyncCursor.Partial read = run.partial().get(batch.window());
        if (batch.offset() == 0 || read == null) {
            return new SyncCursor.Partial(batch.total(), batch.pageSize(), new java.util.BitSet()).with(page);
        }
        return read.with(page);
    }

    /** Compares the last days with the PBX's totals and reads again those that hold fewer calls. */
    private SyncCursor reconcile(SyncCursor cursor, RunTally tally, Consumer<SyncProgress> progress, RunStop stop)
            throws InterruptedException {
        LocalDate today = clock.instant().atZone(HistoryWindow.SAO_PAULO).toLocalDate();
        List<HistoryWindow> days = Reconciliation.days(today, settings.get().reconcileDays(), cursor.run().windows());
        List<Reconciliation.ShortDay> shortDays = reconciliation.shortDays(days);
        tally.reconciled = days.size();
        tally.refetched = shortDays.size();
        SyncCursor.Run run = cursor.run().reconciled();
        if (!shortDays.isEmpty()) {
            int first = run.windows().size();
            run = run.plus(shortDays.stream().map(Reconciliation.ShortDay::window).toList());
            cursor = cursor.withRun(run);
            state.put(STATE_NAME, cursor.encode());
            List<Integer> added = new ArrayList<>();
            for (int i = first; i < run.windows().size(); i++) {
                added.add(i);
            }
            cursor = read(cursor, added, false, tally, progress, stop);
            for (Reconciliation.ShortDay day : shortDays) {
                if (!reconciliation.resolved(day)) {
                    tally.unresolved++;
                }
            }
        } else {
            cursor = cursor.withRun(run);
        }
        return cursor;
    }
}
