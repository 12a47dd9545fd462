package br.com.jttelecom.console.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One call, as the seed module's {@code Call} model plus the PBX fields worth keeping.
 *
 * <p>Ids that the console assigns ({@code id}, {@code leadId}, …) are {@code null} until stored.
 * {@code rawStatus} keeps the PBX's own status/sip value when it did not map cleanly, so nothing
 * the PBX said is lost.
 */
public record Call(
        Long id,
        Long leadId,
        Long opportunityId,
        Long userId,
        String phoneNumber,
        Direction direction,
        Duration duration,
        CallStatus status,
        Instant startTime,
        Instant endTime,
        String recordingUrl,
        String externalCallId,
        String notes,
        String extension,
        String operator,
        Duration waitTime,
        Duration talkTime,
        String hangupReason,
        Integer sipCode,
        String transcript,
        String summary,
        Outcome outcome,
        String rawStatus) {

    /** The longest PBX call id kept as it is ({@code calls.external_call_id} is this wide). */
    public static final int MAX_EXTERNAL_ID_LENGTH = 128;

    /** The same call with another customer number (the store keeps E.164 where the PBX wrote it otherwise). */
    public Call withPhoneNumber(String number) {
        return new Call(id, leadId, opportunityId, userId, number, direction, duration, status, startTime, endTime,
                recordingUrl, externalCallId, notes, extension, operator, waitTime, talkTime, hangupReason, sipCode,
                transcript, summary, outcome, rawStatus);
    }
}
