package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot of one followed call for the live panel: immutable, so listeners on any thread may keep it.
 *
 * @param number       E.164 when known, else as the PBX wrote it
 * @param answeredAt   when talking started (the panel's timer counts from it), or null
 * @param finalStatus  set once the history (or a webhook) told the final status
 * @param message      the PBX's sentence when a dial was refused, else null
 */
public record TrackedCall(long callId, String externalCallId, Long leadId, String leadName, String number,
                          Direction direction, CallPhase phase, Instant startedAt, Instant answeredAt,
                          Instant endedAt, CallStatus finalStatus, Duration duration, String message) {

    TrackedCall withPhase(CallPhase p, Instant at) {
        return new TrackedCall(callId, externalCallId, leadId, leadName, number, direction, p, startedAt,
                p == CallPhase.TALKING && answeredAt == null ? at : answeredAt,
                !p.isLive() && endedAt == null ? at : endedAt, finalStatus, duration, message);
    }

    TrackedCall withExternalId(String id) {
        return new TrackedCall(callId, id, leadId, leadName, number, direction, phase, startedAt, answeredAt, endedAt,
                finalStatus, duration, message);
    }

    TrackedCall withLead(long id, String name) {
        return new TrackedCall(callId, externalCallId, id, name, number, direction, phase, startedAt, answeredAt, endedAt,
                finalStatus, duration, message);
    }

    TrackedCall withFinal(CallStatus status, Duration d, String msg, Instant at) {
        return new TrackedCall(callId, externalCallId, leadId, leadName, number, direction, CallPhase.FINAL, startedAt,
                answeredAt, endedAt == null ? at : endedAt, status, d, msg);
    }
}
