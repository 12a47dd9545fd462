package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.CallRepository;
import br.com.jttelecom.console.store.CallbackRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the agent types about a call: notes saved shortly after each change (so a killed console loses
 * at most the last {@code debounce}), the outcome, and the callback an "agendada" outcome promises.
 * Saved locally first, whatever the PBX is doing.
 */
public final class CallNotes {

    private final CallRepository calls;
    private final CallbackRepository callbacks;
    private final ScheduledExecutorService scheduler;
    private final Duration debounce;
    private final Map<Long, ScheduledFuture<?>> pending = new HashMap<>();
    private final Map<Long, String> latest = new HashMap<>();

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
        pending.put(callId, scheduler.schedule(() -> flush(callId), debounce.toMillis(), TimeUnit.MILLISECONDS));
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
        return calls.page(br.com.jttelecom.console.store.CallFilter.all().between(since, until)
                .withStatuses(br.com.jttelecom.console.model.CallStatus.IN_PROGRESS), null, 50).calls();
    }

    /** Saves now what is waiting for this call (focus lost, call switched, window closing). */
    public void flush(long callId) {
        String text;
        synchronized (this) {
            ScheduledFuture<?> f = pending.remove(callId);
            if (f != null) {
                f.cancel(false);
            }
            text = latest.remove(callId);
        }
        if (text != null) {
            calls.updateNotes(callId, text);
        }
    }

    public void flushAll() {
        java.util.List<Long> ids;
        synchronized (this) {
            ids = java.util.List.copyOf(latest.keySet());
        }
        ids.forEach(this::flush);
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
