package br.com.jttelecom.console.app.launch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the number out of a {@code tel:} or {@code callto:} link, as browsers and CRM pages hand
 * it to the console ({@code tel:+5548991234567}, {@code callto://048991234567},
 * {@code tel:(48)%2099123-4567;phone-context=+55}).
 *
 * <p>Only the link syntax is checked here. Whether the digits are a real number is decided by
 * the running console, which shows the reason in its window: a person who clicked a link never
 * sees a terminal.
 */
public final class DialUri {

    /** Longer text is not a phone link; refusing it keeps hand-over messages small. */
    static final int MAX_LENGTH = 200;

    private static final String[] SCHEMES = {"tel:", "callto:"};

    private DialUri() {
    }

    /** True when the argument looks like a link this class reads (the scheme is case-insensitive). */
    public static boolean isDialUri(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the number as written in the link, percent-decoded, without parameters; empty when
     * the link is malformed or carries no number
     */
    public static Optional<String> number(String uri) {
        if (uri == null || uri.length() > MAX_LENGTH || !isDialUri(uri)) {
            return Optional.empty();
        }
        String rest = uri.substring(uri.indexOf(':') + 1);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int params = indexOfAny(rest, ';', '?');
        if (params >= 0) {
            rest = rest.substring(0, params);
        }
        return percentDecode(rest).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** Unlike {@code URLDecoder}, a {@code +} stays a plus: it is the country-code sign here. */
    private static Optional<String> percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        String decoded = bytes.toString(StandardCharsets.UTF_8);
        return decoded.chars().anyMatch(Character::isISOControl) ? Optional.empty() : Optional.of(decoded);
    }
}
