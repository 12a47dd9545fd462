package br.com.jttelecom.console.service.history;

import java.time.LocalDate;

/**
 * The history's period choices. Resolved against "today" in the user's zone, so "hoje" at 00:30 in
 * São Paulo is that São Paulo day, not the UTC one.
 */
public enum PeriodPreset {
    TODAY,
    YESTERDAY,
    LAST_7_DAYS,
    MONTH,
    CUSTOM;

    /**
     * The first and last day (both inclusive) of the period.
     *
     * @param customFrom used by {@link #CUSTOM} only; {@code null} means today
     * @param customTo   used by {@link #CUSTOM} only; {@code null} means today
     */
    public DateRange days(LocalDate today, LocalDate customFrom, LocalDate customTo) {
        return switch (this) {
            case TODAY -> new DateRange(today, today);
            case YESTERDAY -> new DateRange(today.minusDays(1), today.minusDays(1));
            case LAST_7_DAYS -> new DateRange(today.minusDays(6), today);
            case MONTH -> new DateRange(today.withDayOfMonth(1), today);
            case CUSTOM -> {
                LocalDate from = customFrom == null ? today : customFrom;
                LocalDate to = customTo == null ? today : customTo;
                // A reversed custom range is a slip of the date pickers, not an empty question.
                yield to.isBefore(from) ? new DateRange(to, from) : new DateRange(from, to);
            }
        };
    }

    /** Days from {@code from} to {@code to}, both inclusive. */
    public record DateRange(LocalDate from, LocalDate to) {
    }
}
