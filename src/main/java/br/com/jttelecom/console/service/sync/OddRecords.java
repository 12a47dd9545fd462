package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a record the mapper could not fill completely storable, instead of dropping it: a record
 * without {@code chamada_id} gets a key made of its content (the same record always gets the same
 * key, so re-syncs stay idempotent), one without a readable date gets the start of the window it
 * came in. Each kind of oddity is logged once (the mapper already logs odd statuses once).
 */
final class OddRecords {

    private static final Logger LOG = LoggerFactory.getLogger(OddRecords.class);

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    Call storable(HistoryRecord record, Call call, Instant windowStart) {
        String id = call.externalCallId();
        if (id != null && id.length() <= Call.MAX_EXTERNAL_ID_LENGTH && call.startTime() != null && call.direction() != null
                && call.status() != null) {
            return call;
        }
        if (id == null) {
            id = "sem-id:" + Integer.toHexString(record.hashCode()) + Integer.toHexString(record.toString().length());
            logOnce("id", "a history record without chamada_id is stored under a key made of its content");
        } else if (id.length() > Call.MAX_EXTERNAL_ID_LENGTH) {
            id = "id-longo:" + sha256(id); // the same id always gets the same key: re-syncs stay idempotent
            logOnce("long-id", "a history record with a chamada_id longer than " + Call.MAX_EXTERNAL_ID_LENGTH
                    + " characters is stored under a key made of it");
        }
        Instant start = call.startTime();
        if (start == null) {
            start = windowStart;
            logOnce("data", "a history record with an unreadable date is stored at the start of its window");
        }
        Direction direction = call.direction() != null ? call.direction() : Direction.INTERNAL;
        CallStatus status = call.status() != null ? call.status() : CallStatus.FAILED;
        return new Call(call.id(), call.leadId(), call.opportunityId(), call.userId(), call.phoneNumber(), direction,
                call.duration(), status, start, call.endTime(), call.recordingUrl(), id, call.notes(), call.extension(),
                call.operator(), call.waitTime(), call.talkTime(), call.hangupReason(), call.sipCode(),
                call.transcript(), call.summary(), call.outcome(), call.rawStatus());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void logOnce(String kind, String message) {
        if (logged.add(kind)) {
            LOG.warn(message);
        }
    }
}
