package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the call history shows. Every part is optional ({@code null} or empty = no restriction);
 * the parts combine with AND. Build with {@link #all()} and the {@code with…} methods.
 *
 * @param from        start_time at or after (inclusive)
 * @param to          start_time before (exclusive)
 * @param statuses    any of these statuses
 * @param directions  any of these directions
 * @param userId      the console user who made or took the call
 * @param extension   the extension (ramal), exact
 * @param leadId      the lead the call was matched to
 * @param phone       the customer number in E.164, exact (normalise typed text with the phone package first)
 * @param minDuration duration at least this
 * @param maxDuration duration at most this
 * @param notesText   text contained in the notes, case-insensitive, taken literally ({@code %} and {@code _} included)
 * @param userIds     the console user is one of these ({@code null} = anyone; empty = no call at all): whose
 *                    calls the person asking may see, on top of {@code userId}
 * @param orUnowned   with {@code userIds}: a call with no console user ({@code user_id} NULL) is selected too
 */
public record CallFilter(
        Instant from,
        Instant to,
        Set<CallStatus> statuses,
        Set<Direction> directions,
        Long userId,
        String extension,
        Long leadId,
        String phone,
        Duration minDuration,
        Duration maxDuration,
        String notesText,
        Set<Long> userIds,
        boolean orUnowned) {

    public CallFilter {
        userIds = userIds == null ? null : Set.copyOf(userIds);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        directions = directions == null || directions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directions));
    }

    /** No restriction: every call. */
    public static CallFilter all() {
        return new CallFilter(null, null, Set.of(), Set.of(), null, null, null, null, null, null, null, null, false);
    }

    public CallFilter between(Instant fromInclusive, Instant toExclusive) {
        return new CallFilter(fromInclusive, toExclusive, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withStatuses(CallStatus... values) {
        return new CallFilter(from, to, Set.copyOf(Arrays.asList(values)), directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withDirections(Direction... values) {
        return new CallFilter(from, to, statuses, Set.copyOf(Arrays.asList(values)), userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withUser(Long value) {
        return new CallFilter(from, to, statuses, directions, value, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withExtension(String value) {
        return new CallFilter(from, to, statuses, directions, userId, value, leadId, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withLead(Long value) {
        return new CallFilter(from, to, statuses, directions, userId, extension, value, phone,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withPhone(String e164) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, e164,
                minDuration, maxDuration, notesText, userIds, orUnowned);
    }

    public CallFilter withDuration(Duration min, Duration max) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone, min, max, notesText, userIds, orUnowned);
    }

    public CallFilter withNotesContaining(String text) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, text, userIds, orUnowned);
    }

    /** Only the calls of these users ({@code null}: anyone's). */
    public CallFilter withUsers(Set<Long> values) {
        return withUsers(values, false);
    }

    /**
     * Only the calls of these users ({@code null}: anyone's) and, when {@code orUnowned}, the calls of no user
     * (a supervisor's view: the team plus the queue calls that reached nobody).
     */
    public CallFilter withUsers(Set<Long> values, boolean orUnowned) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, values, orUnowned);
    }
}
