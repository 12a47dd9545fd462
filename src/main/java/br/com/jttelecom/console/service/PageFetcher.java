package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Fetches and maps history pages (customer numbers as E.164, {@link CustomerNumbers}) on its own thread while the caller stores the previous one: the
 * PBX's answer time and the database's write time overlap instead of adding up. At most
 * {@link #AHEAD} pages wait in memory, so a slow disk never lets the pages pile up in the heap.
 */
final class PageFetcher implements AutoCloseable {

    /** Pages fetched ahead of the writer: one being written, one or two ready. */
    static final int AHEAD = 2;

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    /** One fetched page, mapped: the records of {@code window} from {@code offset}, of {@code total}. */
    record Batch(LocalDate window, long offset, long total, List<Call> calls) {
    }

    private record End(RuntimeException failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    PageFetcher(Iterator<HistoryPage> pages, HistoryMapper mapper, OddRecords odd, CustomerNumbers numbers) {
        thread = Thread.ofPlatform().daemon().name("history-fetch").unstarted(() -> run(pages, mapper, odd, numbers));
    }

    PageFetcher start() {
        thread.start();
        return this;
    }

    /**
     * The next page, or {@code null} after the last.
     *
     * @throws RuntimeException what the fetch failed with (a {@code PabxException} most often)
     */
    Batch next() throws InterruptedException {
        Object item = queue.take();
        if (item instanceof End end) {
            queue.offer(end); // later calls see the end again
            if (end.failure() != null) {
                throw end.failure();
            }
            return null;
        }
        return (Batch) item;
    }

    private void run(Iterator<HistoryPage> pages, HistoryMapper mapper, OddRecords odd, CustomerNumbers numbers) {
        RuntimeException failure = null;
        try {
            while (!stopped && pages.hasNext()) {
                HistoryPage page = pages.next();
                Instant windowStart = page.windowFrom().atStartOfDay(SAO_PAULO).toInstant();
                List<Call> calls = new ArrayList<>(page.records().size());
                for (HistoryRecord r : page.records()) {
                    calls.add(numbers.stored(odd.storable(r, mapper.toCall(r), windowStart), r));
                }
                queue.put(new Batch(page.windowFrom(), page.offset(), page.total(), calls));
            }
        } catch (InterruptedException e) {
            return; // closed by the writer: nobody is waiting for the end
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops fetching (the writer gave up) and waits for the thread, so no request outlives the run. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
