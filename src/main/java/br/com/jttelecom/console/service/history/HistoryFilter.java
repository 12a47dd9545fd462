package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.store.calls.CallFilter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the user asked the history for, as typed: a period preset (resolved when the query runs, so a
 * saved "hoje" means today tomorrow too) and the optional narrowing fields ({@code null}/empty = any).
 *
 * @param operator the PBX operator (agent) name, exact; matched on the PBX side for live queries
 * @param extension the extension (ramal), exact
 * @param phone    the customer's number as typed ({@code 99016-9921}); {@link CallHistory} reads it as the
 *                 signed-in person would dial it ({@link TypedNumbers}) and matches the stored E.164 exactly
 */
public record HistoryFilter(
        PeriodPreset preset,
        LocalDate customFrom,
        LocalDate customTo,
        Set<CallStatus> statuses,
        Set<Direction> directions,
        Long userId,
        String extension,
        Long leadId,
        Duration minDuration,
        Duration maxDuration,
        String notesText,
        String phone) {

    /** No number to look for. */
    public HistoryFilter(PeriodPreset preset, LocalDate customFrom, LocalDate customTo, Set<CallStatus> statuses,
                         Set<Direction> directions, Long userId, String extension, Long leadId, Duration minDuration,
                         Duration maxDuration, String notesText) {
        this(preset, customFrom, customTo, statuses, directions, userId, extension, leadId, minDuration, maxDuration,
                notesText, null);
    }

    public HistoryFilter {
        preset = preset == null ? PeriodPreset.TODAY : preset;
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        directions = directions == null || directions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(directions));
        extension = blankToNull(extension);
        notesText = blankToNull(notesText);
        phone = blankToNull(phone);
    }

    /** The same filter looking for the calls of the number typed (blank: any number). */
    public HistoryFilter withPhone(String typed) {
        return new HistoryFilter(preset, customFrom, customTo, statuses, directions, userId, extension, leadId,
                minDuration, maxDuration, notesText, typed);
    }

    /** The last seven days, everything else open: what a first start shows. */
    public static HistoryFilter defaults() {
        return new HistoryFilter(PeriodPreset.LAST_7_DAYS, null, null, Set.of(), Set.of(), null, null, null,
                null, null, null);
    }

    public PeriodPreset.DateRange days(LocalDate today) {
        return preset.days(today, customFrom, customTo);
    }

    /** The store's filter, with the period turned into instants at midnight in {@code zone}. */
    public CallFilter toCallFilter(LocalDate today, ZoneId zone) {
        PeriodPreset.DateRange days = days(today);
        return CallFilter.all()
                .between(days.from().atStartOfDay(zone).toInstant(), days.to().plusDays(1).atStartOfDay(zone).toInstant())
                .withStatuses(statuses.toArray(CallStatus[]::new))
                .withDirections(directions.toArray(Direction[]::new))
                .withUser(userId)
                .withExtension(extension)
                .withLead(leadId)
                .withDuration(minDuration, maxDuration)
                .withNotesContaining(notesText);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
