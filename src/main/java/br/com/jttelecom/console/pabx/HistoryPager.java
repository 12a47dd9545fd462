package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the history lazily: window by window (two months at most), page by page within a window
 * following {@code pos_registro_inicial}/{@code quantidade}. A window ends on a short page, on
 * {@code pos ≥ qtd_total_resultados}, or on an empty / 404 page. Nothing is fetched until asked.
 */
final class HistoryPager implements Iterator<HistoryPage> {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryPager.class);

    private final PabxTransport transport;
    private final Iterator<HistoryQuery> windows;
    private HistoryQuery window;
    private long offset;
    private boolean windowDone = true;
    private HistoryPage next;
    private String previousFirstId;
    /** Where the first window starts (a resumed sync); later windows start at 0. */
    private long firstOffset;

    HistoryPager(PabxTransport transport, HistoryQuery query) {
        this(transport, query, 0);
    }

    HistoryPager(PabxTransport transport, HistoryQuery query, long firstOffset) {
        if (firstOffset < 0) {
            throw new IllegalArgumentException("negative offset: " + firstOffset);
        }
        this.transport = transport;
        this.windows = query.windows().iterator();
        this.firstOffset = firstOffset;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (windowDone) {
                if (!windows.hasNext()) {
                    return false;
                }
                window = windows.next();
                offset = firstOffset;
                firstOffset = 0;
                previousFirstId = null;
                windowDone = false;
            }
            fetch();
        }
        return true;
    }

    @Override
    public HistoryPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        HistoryPage p = next;
        next = null;
        return p;
    }

    private void fetch() {
        Envelope<HistoryRecord> env = transport.list(PabxAction.LISTAR_HISTORICO_CHAMADA, window.params(offset),
                HistoryRecord.class);
        List<HistoryRecord> records = env.records();
        long total = env.total();
        if (records.isEmpty()) {
            windowDone = true;
            return;
        }
        String firstId = records.get(0).callId();
        if (previousFirstId != null && firstId != null && firstId.equals(previousFirstId)) {
            // A server that ignores pos_registro_inicial would send the same page forever.
            LOG.warn("history page at offset {} repeats the previous page; stopping this window", offset);
            windowDone = true;
            return;
        }
        previousFirstId = firstId;
        next = new HistoryPage(window.from(), window.to(), offset, total, records);
        offset += records.size();
        if (records.size() < window.pageSize() || (total >= 0 && offset >= total)) {
            windowDone = true;
        }
    }
}
