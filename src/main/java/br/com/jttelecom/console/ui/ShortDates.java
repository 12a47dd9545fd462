package br.com.jttelecom.console.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in a table cell, where width is short: this year's without the year ({@code 28/11 14:57}),
 * another year's with it, in the pattern the table chooses for that case. Which year is "this one"
 * is read from the clock in the user's zone at each call.
 */
public final class ShortDates {

    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter otherYear;
    private final Clock clock;

    public ShortDates(String thisYearPattern, String otherYearPattern, Locale locale, ZoneId zone, Clock clock) {
        this.thisYear = DateTimeFormatter.ofPattern(thisYearPattern, locale).withZone(zone);
        this.otherYear = DateTimeFormatter.ofPattern(otherYearPattern, locale).withZone(zone);
        this.clock = clock.withZone(zone);
    }

    /** {@code ""} for no date. */
    public String format(Instant t) {
        if (t == null) {
            return "";
        }
        boolean current = t.atZone(clock.getZone()).getYear() == LocalDate.now(clock).getYear();
        return (current ? thisYear : otherYear).format(t);
    }
}
