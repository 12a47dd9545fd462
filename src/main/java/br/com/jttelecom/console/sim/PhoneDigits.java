package br.com.jttelecom.console.sim;

/** Brazilian number checks the PBX applies to dial strings and DIDs. */
final class PhoneDigits {

    private PhoneDigits() {
    }

    static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }

    /** Same subscriber whether written {@code 011987654321}, {@code 11987654321} or {@code 987654321}. */
    static boolean matches(String stored, String asked) {
        String a = stripZeros(digits(stored));
        String b = stripZeros(digits(asked));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (b.length() >= 8 && a.endsWith(b)) || (a.length() >= 8 && b.endsWith(a));
    }

    /** A DDD is two digits, 11 to 99, none ending in 0. */
    static boolean validDdd(String ddd) {
        return ddd.length() == 2 && ddd.charAt(0) != '0' && ddd.charAt(1) != '0';
    }

    /**
     * Whether the PBX accepts {@code dial} as an external destination: a local number (8–9 digits),
     * DDD + number (10–11), or {@code 0} + DDD + number (11–12). International forms are refused elsewhere.
     */
    static boolean dialable(String dial) {
        int n = dial.length();
        if (dial.startsWith("0")) {
            return (n == 11 || n == 12) && validDdd(dial.substring(1, 3));
        }
        if (n == 8 || n == 9) {
            return dial.charAt(0) >= '2';
        }
        return (n == 10 || n == 11) && validDdd(dial.substring(0, 2));
    }

    /**
     * The national number (DDD + 8 or 9 digits) a dial string reaches from an extension whose area code is
     * {@code ddd}: {@code 0}+DDD+number loses the {@code 0}, a local number gains {@code ddd}; {@code null}
     * for an extension (2–6 digits).
     */
    static String national(String dial, String ddd) {
        String d = digits(dial);
        int n = d.length();
        if (d.startsWith("0") && (n == 11 || n == 12)) {
            return d.substring(1);
        }
        if (n == 10 || n == 11) {
            return d;
        }
        if (n == 8 || n == 9) {
            return ddd + d;
        }
        return null;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
