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

    /** {@code HH:MM:SS}. */
    static String hms(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }

    /** {@code HH:MM:SS,mmm}, the spelling of {@code duracao_real}. */
    static String hmsMillis(long millis) {
        return hms(millis / 1000) + String.format(",%03d", millis % 1000);
    }

    /** {@code MM:SS}, as some webhook templates spell durations. */
    static String ms(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    static long seconds(Duration d) {
        return Math.max(0, d.getSeconds());
    }
}
