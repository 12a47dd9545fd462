package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Fetches and maps history pages on {@code threads} threads while the caller stores them, so several
 * requests are in flight at once (the client's rate limit still paces them) and the PBX's answer time
 * and the database's write time overlap. Work is a page of a window: the first page of a window tells
 * its total, and its other pages are then asked for at once. The newest window goes first, so
 * today's calls are stored before the older days'. At most {@code 2 × threads} fetched pages wait in
 * memory, so a slow disk never lets the pages pile up in the heap.
 */
final class WindowFetchers implements AutoCloseable {

    /** Pages of one window asked for at most (2 million records): a server that ignores the offset cannot make it endless. */
    static final int MAX_PAGES_PER_WINDOW = 2_000;

    /** One fetched page, mapped. {@code pass} counts the times the window has been read in this run. */
    record Batch(int window, int pass, long offset, long total, int pageSize, String firstId, List<Call> calls,
                 Duration longestCall) {
    }

    private record Task(int window, int pass, long offset) {
    }

    private record End(RuntimeException failure) {
    }

    private static final Task STOP = new Task(-1, -1, -1);

    /** How often a wait for a page looks whether the run was asked to stop. */
    private static final Duration STOP_CHECK = Duration.ofMillis(200);

    /** How long {@link #close()} waits for the fetch threads in all before it leaves them behind. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

    private final PabxClient client;
    private final HistoryMapper mapper;
    private final List<HistoryWindow> windows;
    private final int pageSize;
    private final OddRecords odd;
    private final BlockingQueue<Task> tasks = new PriorityBlockingQueue<>(64,
            Comparator.comparingInt((Task t) -> t.window() < 0 ? Integer.MAX_VALUE : t.window())
                    .thenComparingLong(Task::offset));
    private final BlockingQueue<Object> results;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    WindowFetchers(PabxClient client, List<HistoryWindow> windows, int pageSize, int threadCount, OddRecords odd,
                   Supplier<CustomerNumbers> numbers) {
        this.client = client;
        this.mapper = client.historyMapper();
        this.windows = windows;
        this.pageSize = pageSize;
        this.odd = odd;
        this.results = new ArrayBlockingQueue<>(2 * threadCount);
        for (int i = 0; i < threadCount; i++) {
            CustomerNumbers own = numbers.get(); // not thread-safe: one per thread
            threads.add(Thread.ofPlatform().daemon().name("history-fetch-" + i).unstarted(() -> work(own)));
        }
    }

    WindowFetchers start() {
        threads.forEach(Thread::start);
        return this;
    }

    /** Reads window {@code index} (of the list given at construction) from its first page, as pass {@code pass}. */
    void fetch(int index, int pass) {
        tasks.add(new Task(index, pass, 0));
    }

    /** Asks for the pages at {@code offsets} of window {@code index} only (a read resumed part-way). */
    void fetchPages(int index, int pass, List<Long> offsets) {
        for (long offset : offsets) {
            tasks.add(new Task(index, pass, offset));
        }
    }

    /**
     * The next fetched page, in no fixed order across windows; a window's first page of a pass always
     * comes before its other pages of that pass.
     *
     * @throws RuntimeException what a fetch failed with (a {@code PabxException} most often)
     * @throws RunStop.SyncStopped when {@code stop} was asked for while it waited
     */
    Batch next(RunStop stop) throws InterruptedException {
        Object item = null;
        while (item == null) {
            stop.check();
            item = results.poll(STOP_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (item instanceof End end) {
            results.offer(end); // later calls see the failure again
            throw end.failure();
        }
        return (Batch) item;
    }

    private void work(CustomerNumbers numbers) {
        try {
            while (!stopped) {
                Task t = tasks.take();
                if (t == STOP) {
                    tasks.add(STOP); // for the other threads
                    return;
                }
                HistoryWindow window = windows.get(t.window());
                HistoryPage page = client.historyPage(window.query(pageSize), t.offset());
                Batch batch = map(t, window, page, numbers);
                results.put(batch);
                if (t.offset() == 0) {
                    askForTheRest(t, page);
                } else if (page.total() < 0 && page.records().size() >= pageSize) {
                    next(t, t.offset() + pageSize); // no total: page on until a short page
                }
            }
        } catch (InterruptedException e) {
            // closed by the writer: nobody waits for more
        } catch (RuntimeException e) {
            fail(e);
        } catch (Error e) {
            // Handed on like any failure: left to end this thread alone, the writer would wait for pages that
            // never come until the stall watchdog stops the run two minutes later.
            fail(new IllegalStateException("a history fetch thread failed: " + e, e));
        }
    }

    private void fail(RuntimeException e) {
        stopped = true;
        End end = new End(e);
        while (!results.offer(end)) {
            results.poll(); // make room: the writer must see the failure, not wait for pages
        }
    }

    /** Once the first page told the window's total, every other page of it is asked for at once. */
    private void askForTheRest(Task first, HistoryPage page) {
        if (page.total() < 0) {
            if (page.records().size() >= pageSize) {
                next(first, pageSize);
            }
            return;
        }
        for (long offset = pageSize; offset < page.total(); offset += pageSize) {
            if (!next(first, offset)) {
                return;
            }
        }
    }

    private boolean next(Task t, long offset) {
        if (offset / pageSize >= MAX_PAGES_PER_WINDOW) {
            return false;
        }
        tasks.add(new Task(t.window(), t.pass(), offset));
        return true;
    }

    private Batch map(Task t, HistoryWindow window, HistoryPage page, CustomerNumbers numbers) {
        Instant windowStart = window.start();
        List<Call> calls = new ArrayList<>(page.records().size());
        Duration longest = Duration.ZERO;
        for (HistoryRecord r : page.records()) {
            Call c = numbers.stored(odd.storable(r, mapper.toCall(r), windowStart), r); // the record: a DID gives its DDD
            if (c.duration() != null && c.duration().compareTo(longest) > 0) {
                longest = c.duration();
            }
            calls.add(c);
        }
        String firstId = page.records().isEmpty() ? null : page.records().get(0).callId();
        return new Batch(t.window(), t.pass(), t.offset(), page.total(), pageSize, firstId, calls, longest);
    }

    /** Stops fetching (the writer is done or gave up) and waits for the threads, so no request outlives the run. */
    @Override
    public void close() {
        stopped = true;
        tasks.add(STOP);
        threads.forEach(Thread::interrupt);
        results.clear();
        // A request blocked on a socket read does not see the interrupt; it ends at the client's read
        // timeout or when the client is closed. The threads touch no database and are daemons: a quitting
        // console does not wait for them past CLOSE_WAIT.
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (Thread t : threads) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    t.join(Duration.ofNanos(left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
