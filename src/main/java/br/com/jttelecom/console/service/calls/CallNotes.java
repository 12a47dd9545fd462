package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.CallbackRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the agent types about a call: notes saved shortly after each change (so a killed console loses
 * at most the last {@code debounce}), the outcome, and the callback an "agendada" outcome promises.
 * Saved locally first, whatever the PBX is doing.
 */
public final class CallNotes {

    private static final Logger LOG = LoggerFactory.getLogger(CallNotes.class);

    /** Hears whether a call's notes reached the store (any thread): the panel says when they did not. */
    public interface SaveListener {
        void saved(long callId);

        void notSaved(long callId, RuntimeException failure);
    }

    private final CallRepository calls;
    private final CallbackRepository callbacks;
    private final ScheduledExecutorService scheduler;
    private final Duration debounce;
    private final Map<Long, ScheduledFuture<?>> pending = new HashMap<>();
    private final Map<Long, String> latest = new HashMap<>();
    private final List<SaveListener> listeners = new CopyOnWriteArrayList<>();

    public CallNotes(CallRepository calls, CallbackRepository callbacks, ScheduledExecutorService scheduler,
                     Duration debounce) {
        this.calls = calls;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.debounce = debounce;
    }

    /** Saves the text after {@code debounce} unless another change comes first. */
    public synchronized void saveLater(long callId, String text) {
        latest.put(callId, text);
        ScheduledFuture<?> previous = pending.remove(callId);
        if (previous != null) {
            previous.cancel(false);
        }
        pending.put(callId, scheduler.schedule(() -> savedLater(callId), debounce.toMillis(), TimeUnit.MILLISECONDS));
    }

    public void addSaveListener(SaveListener listener) {
        listeners.add(listener);
    }

    public void removeSaveListener(SaveListener listener) {
        listeners.remove(listener);
    }

    /** The debounced save: a failure here would vanish in the scheduler, so it is logged and told instead. */
    private void savedLater(long callId) {
        try {
            flush(callId);
        } catch (RuntimeException kept) {
            // Said by flush to the listeners; the text waits in memory for the next change, focus loss or close.
            LOG.debug("call {}: notes kept in memory after a failed save", callId);
        }
    }

    /** The notes stored for the call, or empty text (the panel loads them when it shows a call). */
    public String load(long callId) {
        String waiting;
        synchronized (this) {
            waiting = latest.get(callId);
        }
        return waiting != null ? waiting : calls.findById(callId).map(c -> c.notes() == null ? "" : c.notes()).orElse("");
    }

    /** Calls still in progress in the store that started after {@code since}, to follow again after a restart. */
    public java.util.List<br.com.jttelecom.console.model.Call> inProgressSince(Instant since, Instant until) {
        return calls.page(br.com.jttelecom.console.store.calls.CallFilter.all().between(since, until)
                .withStatuses(br.com.jttelecom.console.model.CallStatus.IN_PROGRESS), null, 50).calls();
    }

    /**
     * Saves now what is waiting for this call (focus lost, call switched, window closing). When the store
     * refuses, the text stays waiting (unless newer text came meanwhile) and the failure is thrown: notes
     * are never dropped because one write failed.
     */
    public void flush(long callId) {
        String text;
        synchronized (this) {
            ScheduledFuture<?> f = pending.remove(callId);
            if (f != null) {
                f.cancel(false);
            }
            text = latest.remove(callId);
        }
        if (text == null) {
            return;
        }
        try {
            calls.updateNotes(callId, text);
        } catch (RuntimeException failure) {
            synchronized (this) {
                latest.putIfAbsent(callId, text);
            }
            LOG.warn("call {}: notes not saved ({}); kept to save at the next change", callId, failure.toString());
            listeners.forEach(l -> l.notSaved(callId, failure));
            throw failure;
        }
        listeners.forEach(l -> l.saved(callId));
    }

    /** Saves every call's waiting notes, each tried even when one fails; the first failure is thrown after. */
    public void flushAll() {
        List<Long> ids;
        synchronized (this) {
            ids = List.copyOf(latest.keySet());
        }
        RuntimeException first = null;
        for (long id : ids) {
            try {
                flush(id);
            } catch (RuntimeException failure) {
                first = first == null ? failure : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Stores the outcome; for {@link Outcome#SCHEDULED} also the callback at {@code callbackAt}.
     *
     * @throws IllegalArgumentException when SCHEDULED comes without a date
     */
    public void setOutcome(long callId, Outcome outcome, Instant callbackAt) {
        if (outcome == Outcome.SCHEDULED && callbackAt == null) {
            throw new IllegalArgumentException("a scheduled outcome needs a callback time");
        }
        calls.updateOutcome(callId, outcome);
        if (outcome == Outcome.SCHEDULED) {
            var call = calls.findById(callId).orElseThrow();
            callbacks.schedule(callId, call.leadId(), call.phoneNumber(), callbackAt);
        }
    }

    /**
     * Stores the disposition the agent picked (its group is the call's outcome); a disposition of the
     * {@link Outcome#SCHEDULED} group also schedules the callback at {@code callbackAt}.
     *
     * @throws IllegalArgumentException when a scheduled disposition comes without a date
     */
    public void setDisposition(long callId, br.com.jttelecom.console.model.Disposition disposition, Instant callbackAt) {
        if (disposition.group() == Outcome.SCHEDULED && callbackAt == null) {
            throw new IllegalArgumentException("a scheduled outcome needs a callback time");
        }
        calls.updateDisposition(callId, disposition.group(), disposition.id());
        if (disposition.group() == Outcome.SCHEDULED) {
            var call = calls.findById(callId).orElseThrow();
            callbacks.schedule(callId, call.leadId(), call.phoneNumber(), callbackAt);
        }
    }

    /** Callbacks not done and due by {@code until}, most overdue first. */
    public java.util.List<DueCallback> callbacksDue(Instant until) {
        return callbacks.pendingUntil(until).stream()
                .map(c -> new DueCallback(c.id(), c.callId(), c.leadId(), c.leadName(), c.phoneNumber(), c.dueAt()))
                .toList();
    }

    public void callbackDone(long callbackId) {
        callbacks.markDone(callbackId);
    }
}
