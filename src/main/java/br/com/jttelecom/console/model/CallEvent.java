package br.com.jttelecom.console.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a call's life (the seed's {@code CallLog}): {@code dialing}, {@code ringing},
 * {@code answered}, {@code ended}, a webhook received, …
 *
 * @param id        {@code null} until stored
 * @param callId    the call it belongs to
 * @param eventType a short code, lower case with underscores
 * @param eventData free-form JSON text, or {@code null}
 * @param timestamp when it happened
 */
public record CallEvent(Long id, long callId, String eventType, String eventData, Instant timestamp) {

    public CallEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** A new event, not yet stored. */
    public static CallEvent of(long callId, String eventType, String eventData, Instant timestamp) {
        return new CallEvent(null, callId, eventType, eventData, timestamp);
    }
}
