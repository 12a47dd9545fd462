package br.com.jttelecom.console.service.leads;

import java.time.Duration;
import java.time.Instant;

/**
 * The call figures of a lead, or of one of its opportunities (the calls dialled about it).
 *
 * @param calls       every call counted
 * @param answered    the completed ones
 * @param lastContact the start of the latest call, or {@code null} when none
 * @param talkTime    the sum of the talk times the PBX gave
 * @param talkUnknown answered calls whose talk time the PBX did not give: left out of the sum and said
 *                    beside it (their total time counts the ringing too, which is not talk)
 */
public record LeadStats(int calls, int answered, Instant lastContact, Duration talkTime, int talkUnknown) {

    /** No call at all. */
    public static final LeadStats NONE = new LeadStats(0, 0, null, Duration.ZERO, 0);
}
