package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.model.Direction;
import java.time.Instant;

/**
 * A snapshot of one followed call for the live panel: immutable, so listeners on any thread may keep it.
 *
 * @param number       E.164 when known, else as the PBX wrote it
 * @param answeredAt   when talking started (the panel's timer counts from it), or null
 * @param finalStatus  set once the history (or a webhook) told the final status
 * @param times        the PBX's total, talk and wait once the call is final (from the stored record), else null
 * @param message      the PBX's sentence when a dial was refused, else null
 */
public record TrackedCall(long callId, String externalCallId, Long leadId, String leadName, String number,
                          Direction direction, CallPhase phase, Instant startedAt, Instant answeredAt,
                          Instant endedAt, CallStatus finalStatus, CallTimes times, String message) {

    TrackedCall withPhase(CallPhase p, Instant at) {
        return new TrackedCall(callId, externalCallId, leadId, leadName, number, direction, p, startedAt,
                p == CallPhase.TALKING && answeredAt == null ? at : answeredAt,
                !p.isLive() && endedAt == null ? at : endedAt, finalStatus, times, message);
    }

    TrackedCall withExternalId(String id) {
        return new TrackedCall(callId, id, leadId, leadName, number, direction, phase, startedAt, answeredAt, endedAt,
                finalStatus, times, message);
    }

    TrackedCall withLead(long id, String name) {
        return new TrackedCall(callId, externalCallId, id, name, number, direction, phase, startedAt, answeredAt, endedAt,
                finalStatus, times, message);
    }

    TrackedCall withFinal(CallStatus status, CallTimes t, String msg, Instant at) {
        return new TrackedCall(callId, externalCallId, leadId, leadName, number, direction, CallPhase.FINAL, startedAt,
                answeredAt, endedAt == null ? at : endedAt, status, t, msg);
    }

    /**
     * The call's total, talk and wait at {@code now}: the PBX's own figures once it gave them (the history and
     * the API say the same), else as measured on this console's clock from the start, the answer and the end.
     */
    public CallTimes timesAt(Instant now) {
        if (times != null && times.totalTime() != null) {
            return times;
        }
        return CallTimes.measured(startedAt, answeredAt, endedAt != null ? endedAt : now);
    }
}
