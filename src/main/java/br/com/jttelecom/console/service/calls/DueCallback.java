package br.com.jttelecom.console.service.calls;

import java.time.Instant;

/** A callback the agent promised and has not made yet: who, which number, when. */
public record DueCallback(long id, Long callId, Long leadId, String leadName, String phoneNumber, Instant dueAt) {
}
