package br.com.jttelecom.console.ui.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The callback moment chosen on the panel (a date, and a time that defaults to 09:00), and how it reads back to
 * the agent: day first, as the date field takes it, whatever the system's locale.
 */
record CallbackTime(Instant at, String text) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Null when the date is missing or the time is not HH:MM. */
    static CallbackTime of(LocalDate date, String time, ZoneId zone) {
        if (date == null) {
            return null;
        }
        try {
            String t = time == null || time.isBlank() ? "09:00" : time.strip();
            var local = date.atTime(LocalTime.parse(t));
            return new CallbackTime(local.atZone(zone).toInstant(), SHOWN.format(local));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean notAfter(Instant now) {
        return !at.isAfter(now);
    }
}
