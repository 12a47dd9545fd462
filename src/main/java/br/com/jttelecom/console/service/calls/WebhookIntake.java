package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.calls.CallRepository;
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
 *
 * <p>The customer's number is stored as E.164, as the sync stores it (else the webhook's form would
 * replace the synced one and the call lose its lead): a local number without DDD takes the DDD of the
 * DID it names, else of the call's extension (the webhook's, or the stored call's), else the account's.
 */
public final class WebhookIntake {

    /** What one webhook did to the store. */
    public enum Result { UPDATED, CREATED }

    private final CallRepository calls;
    private final Optional<CallTracker> tracker;
    private final Clock clock;
    private final PhoneNumbers phones;
    private final AreaCodes areaCodes;

    /** Numbers read with the default dial plan, no extension's DDD known. */
    public WebhookIntake(CallRepository calls, Optional<CallTracker> tracker, Clock clock) {
        this(calls, tracker, clock, new PhoneNumbers(DialPlan.defaults()), AreaCodes.none());
    }

    public WebhookIntake(CallRepository calls, Optional<CallTracker> tracker, Clock clock, PhoneNumbers phones,
                         AreaCodes areaCodes) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.areaCodes = Objects.requireNonNull(areaCodes, "areaCodes");
    }

    /** @param webhook a call whose {@code externalCallId} is set and whose {@code id} is null */
    public Result accept(Call webhook) {
        Objects.requireNonNull(webhook.externalCallId(), "externalCallId");
        Optional<Call> known = calls.findByExternalId(webhook.externalCallId());
        Call report = withStoredNumber(webhook, known.map(Call::extension).orElse(null));
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

    private Call withStoredNumber(Call report, String storedExtension) {
        String text = report.phoneNumber();
        if (text == null) {
            return report;
        }
        String extension = report.extension() != null ? report.extension() : storedExtension;
        return phones.fromPbx(text, areaCodes.dddOf(extension)).map(BrazilianNumber::e164)
                .map(report::withPhoneNumber).orElse(report);
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
