package br.com.jttelecom.console.service;

import java.time.Duration;
import java.time.Instant;

/**
 * A lead's call figures.
 *
 * @param calls       every call matched to the lead
 * @param answered    the completed ones
 * @param lastContact the start of the latest call, or {@code null} when none
 * @param talkTime    the sum of the talk times (the duration when the PBX gave no talk time)
 */
public record LeadStats(int calls, int answered, Instant lastContact, Duration talkTime) {
}
