package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history filter as one settings value (properties text). Reading is lenient: a value the
 * current version cannot read falls back to its default instead of losing the whole filter.
 */
final class HistoryFilterCodec {

    private HistoryFilterCodec() {
    }

    static String encode(HistoryFilter f) {
        Properties p = new Properties();
        p.setProperty("preset", f.preset().name());
        put(p, "customFrom", f.customFrom());
        put(p, "customTo", f.customTo());
        p.setProperty("statuses", f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.setProperty("directions", f.directions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(p, "userId", f.userId());
        put(p, "extension", f.extension());
        put(p, "leadId", f.leadId());
        put(p, "minDuration", f.minDuration() == null ? null : f.minDuration().toSeconds());
        put(p, "maxDuration", f.maxDuration() == null ? null : f.maxDuration().toSeconds());
        put(p, "notesText", f.notesText());
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static HistoryFilter decode(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return HistoryFilter.defaults();
        }
        return new HistoryFilter(
                read(p, "preset", PeriodPreset::valueOf),
                read(p, "customFrom", LocalDate::parse),
                read(p, "customTo", LocalDate::parse),
                enums(p.getProperty("statuses"), CallStatus::valueOf),
                enums(p.getProperty("directions"), Direction::valueOf),
                read(p, "userId", Long::valueOf),
                p.getProperty("extension"),
                read(p, "leadId", Long::valueOf),
                read(p, "minDuration", s -> Duration.ofSeconds(Long.parseLong(s))),
                read(p, "maxDuration", s -> Duration.ofSeconds(Long.parseLong(s))),
                p.getProperty("notesText"));
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static <T> T read(Properties p, String key, Function<String, T> parse) {
        String raw = p.getProperty(key);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(String raw, Function<String, E> parse) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).flatMap(s -> {
            try {
                return java.util.stream.Stream.of(parse.apply(s));
            } catch (IllegalArgumentException unknown) {
                return java.util.stream.Stream.empty();
            }
        }).collect(Collectors.toSet());
    }
}
