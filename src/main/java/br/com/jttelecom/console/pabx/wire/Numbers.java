package br.com.jttelecom.console.pabx.wire;

/** Lenient number parsing for values the PBX sends as strings ("200", " 58 ", "", "1.0"). */
public final class Numbers {

    private Numbers() {
    }

    public static int parseIntOr(String s, int fallback) {
        long v = parseLongOr(s, Long.MIN_VALUE);
        return v == Long.MIN_VALUE || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? fallback : (int) v;
    }

    public static long parseLongOr(String s, long fallback) {
        if (s == null) {
            return fallback;
        }
        String t = s.strip();
        int dot = t.indexOf('.');
        if (dot >= 0 && t.substring(dot + 1).chars().allMatch(c -> c == '0')) {
            t = t.substring(0, dot); // "200.0" from a server that writes floats
        }
        if (t.isEmpty() || t.length() > 18) {
            return fallback;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code "1"}, {@code "true"}, {@code "sim"} → true; anything else → false. */
    public static boolean flag(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        return t.equals("1") || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("sim") || t.equalsIgnoreCase("s");
    }
}
