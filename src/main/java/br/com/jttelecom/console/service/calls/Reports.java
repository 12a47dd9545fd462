package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.time.Instant;

/** Builds the partial {@link Call} reports the tracker merges into stored rows (nulls never erase). */
final class Reports {

    private Reports() {
    }

    static Call newOutbound(Long leadId, Long opportunityId, Long userId, String e164, String extension, Instant at) {
        return new Call(null, leadId, opportunityId, userId, e164, Direction.OUTBOUND, null, CallStatus.IN_PROGRESS,
                at, null, null, null, null, extension, null, null, null, null, null, null, null, null, null);
    }

    static Call newInbound(Long leadId, String number, String extension, String externalId, String operator, Instant at) {
        return new Call(null, leadId, null, null, number, Direction.INBOUND, null, CallStatus.IN_PROGRESS,
                at, null, null, externalId, null, extension, operator, null, null, null, null, null, null, null, null);
    }

    static Call failed(long callId, String message, Instant at) {
        return new Call(callId, null, null, null, null, null, null, CallStatus.FAILED, null, at, null, null, null,
                null, null, null, null, message, null, null, null, null, null);
    }

    static Call externalId(long callId, String externalId) {
        return new Call(callId, null, null, null, null, null, null, null, null, null, null, externalId, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The PBX's record as a report about our row: its id is ours; the PBX's number form is not kept over ours. */
    static Call withId(long callId, Call r) {
        return new Call(callId, r.leadId(), r.opportunityId(), r.userId(), null, null, r.duration(), r.status(),
                null, r.endTime(), r.recordingUrl(), r.externalCallId(), r.notes(), null, r.operator(),
                r.waitTime(), r.talkTime(), r.hangupReason(), r.sipCode(), r.transcript(), r.summary(), r.outcome(),
                r.rawStatus());
    }

    /** Small JSON for the event: where the update came from, and the final status when there is one. */
    static String eventData(CallUpdate u) {
        StringBuilder b = new StringBuilder("{\"source\":\"").append(u.source()).append('"');
        if (u.report() != null && u.report().status() != null) {
            b.append(",\"status\":\"").append(u.report().status().code()).append('"');
        }
        if (u.report() != null && u.report().hangupReason() != null && "dial".equals(u.source())) {
            b.append(",\"message\":\"").append(json(u.report().hangupReason())).append('"');
        }
        return b.append('}').toString();
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "");
    }
}
