package br.com.jttelecom.console.service.sync;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history sync's listeners and the fan-out to them. Progress reaches each as it is: one that throws
 * aborts the running sync, as {@link HistorySyncListener} says. A status is told to all even if one fails,
 * which is logged: the sync's own state (its backoff, its next run) must not hang on a listener.
 */
final class SyncListeners {

    private static final Logger LOG = LoggerFactory.getLogger(SyncListeners.class);

    // Added and removed from the UI thread while the sync thread tells them.
    private final List<HistorySyncListener> listeners = new CopyOnWriteArrayList<>();

    void add(HistorySyncListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(HistorySyncListener listener) {
        listeners.remove(listener);
    }

    int count() {
        return listeners.size();
    }

    void progress(SyncProgress p) {
        for (HistorySyncListener l : listeners) {
            l.progress(p);
        }
    }

    void status(SyncStatus s) {
        for (HistorySyncListener l : listeners) {
            try {
                l.status(s);
            } catch (RuntimeException e) {
                LOG.warn("a sync status listener failed", e);
            }
        }
    }
}
