package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.CallRepository;
import br.com.jttelecom.console.model.Direction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The end-of-call webhooks (PBX or the original module's format), already parsed into a report
 * keyed by the PBX's call id. A call the console follows goes through the {@link CallTracker},
 * the single writer of live status; any other call is merged or inserted by the store's rules,
 * which never move a status backwards. Webhooks arrive at least once and out of order, so the
 * same body applied twice changes nothing.
 */
public final class WebhookIntake {

    /** What one webhook did to the store. */
    public enum Result { UPDATED, CREATED }

    private final CallRepository calls;
    private final Optional<CallTracker> tracker;
    private final Clock clock;

    public WebhookIntake(CallRepository calls, Optional<CallTracker> tracker, Clock clock) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param report a call whose {@code externalCallId} is set and whose {@code id} is null */
    public Result accept(Call report) {
        Objects.requireNonNull(report.externalCallId(), "externalCallId");
        Optional<Call> known = calls.findByExternalId(report.externalCallId());
        if (known.isEmpty()) {
            calls.upsert(completed(report));
            return Result.CREATED;
        }
        long id = known.get().id();
        tracker.ifPresent(t -> t.accept(new CallUpdate(id, CallPhase.FINAL, report, "webhook")));
        // The tracker skips calls it already finished; the merge keeps their late fields (recording…).
        calls.merge(Reports.withId(id, report));
        return Result.UPDATED;
    }

    /**
     * A call first heard of by webhook needs what every row has: the seed's body says neither the
     * direction nor the start, so it is taken as the module's own click-to-call (outbound) that
     * started {@code duration} before now.
     */
    private Call completed(Call r) {
        Instant end = r.endTime() != null ? r.endTime() : clock.instant();
        Duration length = r.duration() == null ? Duration.ZERO : r.duration();
        Instant start = r.startTime() != null ? r.startTime() : end.minus(length);
        Direction direction = r.direction() != null ? r.direction() : Direction.OUTBOUND;
        return new Call(null, r.leadId(), r.opportunityId(), r.userId(), r.phoneNumber(), direction, r.duration(),
                r.status(), start, end, r.recordingUrl(), r.externalCallId(), r.notes(), r.extension(), r.operator(),
                r.waitTime(), r.talkTime(), r.hangupReason(), r.sipCode(), r.transcript(), r.summary(), r.outcome(),
                r.rawStatus());
    }
}
