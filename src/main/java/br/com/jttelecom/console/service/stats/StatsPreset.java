package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.service.history.PeriodPreset;
import java.time.LocalDate;
import java.time.ZoneId;

/** The stats tab's period choices, resolved against "today" in the user's zone. */
public enum StatsPreset {
    TODAY,
    LAST_7_DAYS,
    LAST_30_DAYS,
    MONTH,
    CUSTOM;

    /** The period; {@code customFrom}/{@code customTo} (inclusive days, null = today) only for {@link #CUSTOM}. */
    public StatsPeriod period(LocalDate today, LocalDate customFrom, LocalDate customTo, ZoneId zone) {
        return switch (this) {
            case TODAY -> StatsPeriod.days(today, today, zone);
            case LAST_7_DAYS -> StatsPeriod.days(today.minusDays(6), today, zone);
            case LAST_30_DAYS -> StatsPeriod.days(today.minusDays(29), today, zone);
            case MONTH -> StatsPeriod.days(today.withDayOfMonth(1), today, zone);
            case CUSTOM -> StatsPeriod.of(PeriodPreset.CUSTOM.days(today, customFrom, customTo), zone);
        };
    }
}
