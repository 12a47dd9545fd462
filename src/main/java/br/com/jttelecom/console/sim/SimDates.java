package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The PBX's date and duration spellings: day first, São Paulo local time, no ISO. */
final class SimDates {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withZone(SAO_PAULO);

    private SimDates() {
    }

    /** Parses {@code dd/mm/yyyy}; anything else (ISO included) is a 400 naming the field. */
    static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value.trim(), DATE);
        } catch (DateTimeParseException e) {
            throw SimError.invalid(field, "use o formato dd/mm/aaaa");
        }
    }

    static LocalTime parseTime(String field, String value) {
        try {
            return LocalTime.parse(value.trim(), TIME);
        } catch (DateTimeParseException e) {
            throw SimError.invalid(field, "use o formato HH:MM");
        }
    }

    static String format(Instant instant) {
        return DATE_TIME.format(instant);
    }

    static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * {@code HH:MM:SS}. Written by hand: a history page renders thousands of these, and
     * {@code String.format} made them the simulator's largest allocation during a 200k sync.
     */
    static String hms(long seconds) {
        if (seconds < 0) {
            return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
        }
        StringBuilder b = new StringBuilder(12);
        padded(b, seconds / 3600, 2).append(':');
        padded(b, (seconds / 60) % 60, 2).append(':');
        return padded(b, seconds % 60, 2).toString();
    }

    /** {@code HH:MM:SS,mmm}, the spelling of {@code duracao_real}. */
    static String hmsMillis(long millis) {
        if (millis < 0) {
            return hms(millis / 1000) + String.format(",%03d", millis % 1000);
        }
        StringBuilder b = new StringBuilder(hms(millis / 1000)).append(',');
        return padded(b, millis % 1000, 3).toString();
    }

    /** {@code value} (not negative) with leading zeros up to {@code width} digits, as {@code %0<width>d}. */
    private static StringBuilder padded(StringBuilder b, long value, int width) {
        for (long limit = 10, digits = 1; digits < width; digits++, limit *= 10) {
            if (value < limit) {
                b.append('0');
            }
        }
        return b.append(value);
    }

    /** {@code MM:SS}, as some webhook templates spell durations. */
    static String ms(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    static long seconds(Duration d) {
        return Math.max(0, d.getSeconds());
    }
}
