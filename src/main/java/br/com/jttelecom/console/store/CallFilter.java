package br.com.jttelecom.console.store;

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
 * @param userIds     made or taken by one of these console users ({@code null}: anyone; empty: no one) — a
 *                    supervisor's team, say; combines with {@code userId} like every other part (AND)
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
        Set<Long> userIds) {

    public CallFilter {
        userIds = userIds == null ? null : Set.copyOf(userIds);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        directions = directions == null || directions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directions));
    }

    /** No restriction: every call. */
    public static CallFilter all() {
        return new CallFilter(null, null, Set.of(), Set.of(), null, null, null, null, null, null, null, null);
    }

    public CallFilter between(Instant fromInclusive, Instant toExclusive) {
        return new CallFilter(fromInclusive, toExclusive, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withStatuses(CallStatus... values) {
        return new CallFilter(from, to, Set.copyOf(Arrays.asList(values)), directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withDirections(Direction... values) {
        return new CallFilter(from, to, statuses, Set.copyOf(Arrays.asList(values)), userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withUser(Long value) {
        return new CallFilter(from, to, statuses, directions, value, extension, leadId, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    /** Only calls of these users ({@code null}: anyone). */
    public CallFilter withUsers(Set<Long> values) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, notesText, values);
    }

    public CallFilter withExtension(String value) {
        return new CallFilter(from, to, statuses, directions, userId, value, leadId, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withLead(Long value) {
        return new CallFilter(from, to, statuses, directions, userId, extension, value, phone,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withPhone(String e164) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, e164,
                minDuration, maxDuration, notesText, userIds);
    }

    public CallFilter withDuration(Duration min, Duration max) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone, min, max, notesText, userIds);
    }

    public CallFilter withNotesContaining(String text) {
        return new CallFilter(from, to, statuses, directions, userId, extension, leadId, phone,
                minDuration, maxDuration, text, userIds);
    }
}
