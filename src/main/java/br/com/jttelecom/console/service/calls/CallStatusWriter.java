package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changes the followed calls, writes what each change records (its {@code call_event}, the report merged into the
 * stored row) and tells the listeners.
 *
 * <p>The writes run outside the {@link FollowedCalls} lock, so a slow database never stalls a reader; they are
 * serialised instead on {@link #writeOrder}, which only writers take. An update is decided, written, then kept, all
 * under that one lock, and only here does a call's phase change, so no other update can slip in between: the events
 * of a call are stored in the order its phases were kept, a call never moves backwards and a duplicate is ignored
 * however many sources overlap.
 * Listeners are told after the lock is let go, so one that calls back into the tracker cannot deadlock it.
 */
final class CallStatusWriter {

    private final FollowedCalls followed;
    private final CallRepository calls;
    private final CallEventRepository events;
    private final CallListeners listeners;
    private final Clock clock;
    private final Object writeOrder = new Object();

    CallStatusWriter(FollowedCalls followed, CallRepository calls, CallEventRepository events, CallListeners listeners,
                     Clock clock) {
        this.followed = followed;
        this.calls = calls;
        this.events = events;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Starts following a call and tells its listeners it is there. */
    void follow(TrackedCall call, String extension, String dialString) {
        followed.follow(call, extension, dialString);
        listeners.changed(new FollowedCalls.Change(call, extension));
    }

    /** Names the caller of the followed calls from these phones that had no lead. */
    void leadSaved(long leadId, String name, Collection<String> phones) {
        followed.nameLead(leadId, name, phones).forEach(listeners::changed);
    }

    /**
     * Applies one update: ignored when the call is already at or past that phase; otherwise writes the
     * {@code call_event}, stores what the report brings and tells the listeners.
     */
    void accept(CallUpdate update) {
        Instant now = clock.instant();
        Optional<FollowedCalls.Change> change;
        synchronized (writeOrder) {
            switch (followed.decide(update)) {
                case IGNORED -> {
                    return;
                }
                case UNFOLLOWED_FINAL -> {
                    calls.merge(Reports.withId(update.callId(), update.report())); // a webhook for a call we never followed
                    return;
                }
                case MOVE -> {
                    appendPhaseEvent(update, now);
                    change = followed.moveTo(update.callId(), update.phase(), now);
                }
                case FINISH -> {
                    appendPhaseEvent(update, now);
                    change = finish(update, now);
                }
                default -> throw new IllegalStateException("Unknown step");
            }
        }
        change.ifPresent(listeners::changed);
    }

    private void appendPhaseEvent(CallUpdate update, Instant now) {
        events.append(CallEvent.of(update.callId(), update.phase().eventType(), Reports.eventData(update), now));
    }

    /** Stores the final report, then keeps the status the stored row ends with (FAILED when there was no report). */
    private Optional<FollowedCalls.Change> finish(CallUpdate update, Instant now) {
        Call stored = update.report() == null ? null
                : calls.merge(Reports.withId(update.callId(), update.report())).orElse(null);
        CallStatus status = stored == null ? CallStatus.FAILED : stored.status();
        String message = "dial".equals(update.source()) ? update.report().hangupReason() : null;
        return followed.finish(update.callId(), status, stored == null ? null : CallTimes.of(stored), message, now);
    }

    /** The PBX refused or failed the dial: the call ends FAILED with the PBX's sentence. */
    void dialFailed(long callId, String message) {
        Call report = Reports.failed(callId, message, clock.instant());
        accept(new CallUpdate(callId, CallPhase.FINAL, report, "dial"));
    }

    /** The PBX accepted the dial; a {@code chamada_id} it brings is stored with the call. */
    void dialAccepted(long callId, String externalCallId) {
        synchronized (writeOrder) {
            if (followed.dialAccepted(callId, externalCallId)) {
                calls.merge(Reports.externalId(callId, externalCallId));
            }
        }
    }

    /** The dial's answer was lost: the call is looked for online; {@code resolved} hears whether it was found. */
    void dialUnconfirmed(long callId, String message, Consumer<Boolean> resolved) {
        synchronized (writeOrder) {
            if (followed.dialUnconfirmed(callId, message, resolved)) {
                events.append(CallEvent.of(callId, "dial_unconfirmed", null, clock.instant()));
            }
        }
    }

    /** An inbound call rings a watched extension: it is followed, recorded and announced to that extension. */
    void inboundRinging(OnlineMatcher.Inbound in) {
        follow(in.call(), in.extension(), null);
        synchronized (writeOrder) {
            events.append(CallEvent.of(in.call().callId(), "inbound_ringing", null, clock.instant()));
        }
        listeners.inboundRinging(in.ring(), in.extension());
    }

    /**
     * The history did not have an ended call: it is retried later, or given up. True when given up; then the
     * {@code history_missing} event is written and the panel is told the call is over with no result (a call resumed
     * after a restart that the PBX no longer knows, say), so it stops saying "conferindo…".
     */
    boolean historyMissed(long callId, Instant now) {
        Optional<FollowedCalls.Change> gaveUp;
        synchronized (writeOrder) { // with the writers, so a final report landing meanwhile is not undone
            gaveUp = followed.historyMissed(callId, now);
            if (gaveUp.isEmpty()) {
                return false;
            }
            events.append(CallEvent.of(callId, "history_missing", null, now));
        }
        listeners.changed(gaveUp.get());
        return true;
    }
}
