package br.com.jttelecom.console.pabx;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Parsers for the PBX's value formats, written by hand because they run for every field of every
 * history record (the bench's budget is a few microseconds per record). All return {@code null} on junk,
 * never throw.
 */
final class PbxValues {

    /** The PBX writes local time of São Paulo. */
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private PbxValues() {
    }

    /**
     * {@code "HH:MM:SS"}, {@code "HH:MM:SS,mmm"} (or with a dot), {@code "MM:SS"}, or plain seconds
     * ({@code "21"}, {@code "21.5"}).
     */
    static Duration duration(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        long total = 0;
        long part = 0;
        int digits = 0;
        int colons = 0;
        long millis = 0;
        int i = 0;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 9) {
                    return null;
                }
                part = part * 10 + (c - '0');
            } else if (c == ':') {
                if (digits == 0 || ++colons > 2) {
                    return null;
                }
                total = total * 60 + part;
                part = 0;
                digits = 0;
            } else if (c == ',' || c == '.') {
                if (digits == 0) {
                    return null;
                }
                int scale = 100;
                for (i++; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                    millis += (s.charAt(i) - '0') * scale;
                    scale /= 10;
                }
                break;
            } else if (c == ' ') {
                break;
            } else {
                return null;
            }
        }
        if (i < n && !s.substring(i).isBlank()) {
            return null;
        }
        if (digits == 0) {
            return null;
        }
        total = total * 60 + part;
        if (colons == 0) {
            total = part;
        }
        return Duration.ofSeconds(total, millis * 1_000_000L);
    }

    /** {@code "21/08/2026 13:28:27"} (São Paulo local time; seconds optional) → instant. */
    static Instant dateTime(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.length() < 16 || t.charAt(2) != '/' || t.charAt(5) != '/' || t.charAt(10) != ' ' || t.charAt(13) != ':') {
            return null;
        }
        int day = num(t, 0, 2);
        int month = num(t, 3, 5);
        int year = num(t, 6, 10);
        int hour = num(t, 11, 13);
        int minute = num(t, 14, 16);
        int second = t.length() >= 19 && t.charAt(16) == ':' ? num(t, 17, 19) : 0;
        if (day < 1 || month < 1 || month > 12 || year < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).atZone(SAO_PAULO).toInstant();
        } catch (RuntimeException e) { // 31/02 and friends
            return null;
        }
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** An int from a lenient string, or null. */
    static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        int v = br.com.jttelecom.console.pabx.wire.Numbers.parseIntOr(s, Integer.MIN_VALUE);
        return v == Integer.MIN_VALUE ? null : v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Only the digits of a phone number as the PBX wrote it. */
    static String digits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
