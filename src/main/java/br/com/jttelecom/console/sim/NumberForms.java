package br.com.jttelecom.console.sim;

/**
 * How some servers spell a customer's number in the history ({@link HistoryBehaviour#LOCAL_NUMBERS_WITHOUT_DDD},
 * {@link HistoryBehaviour#FORMATTED_NUMBERS}); the default spellings stay in {@link HistoryRenderer}.
 */
final class NumberForms {

    private NumberForms() {
    }

    /** Outbound {@code destino}: a local number alone, another DDD as {@code 0} + DDD + number. */
    static String outboundWithoutLocalDdd(CompactRecord r) {
        String n = r.customerNumber();
        if (n == null) {
            return r.number(); // an extension
        }
        return n.startsWith(r.ddd()) ? n.substring(r.ddd().length()) : "0" + n;
    }

    /** Inbound caller: a local number alone, another DDD as DDD + number (no {@code 0}, as callers come). */
    static String inboundWithoutLocalDdd(CompactRecord r) {
        String n = r.customerNumber();
        return n != null && n.startsWith(r.ddd()) ? n.substring(r.ddd().length()) : r.number();
    }

    /**
     * Rotates by record: {@code (11) 98765-4321}, {@code 11 98765-4321}, {@code +55 11 98765-4321}, plain.
     * A number without its DDD is {@code 98765-4321} in each formatted style; anything else stays as it is.
     */
    static String formatted(String digits, long seq) {
        int style = (int) (seq % 4);
        int n = digits.length();
        if (style == 3 || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        if (n == 8 || n == 9) {
            return subscriber(digits);
        }
        if (n != 10 && n != 11) {
            return digits;
        }
        String ddd = digits.substring(0, 2);
        String rest = subscriber(digits.substring(2));
        return switch (style) {
            case 0 -> "(" + ddd + ") " + rest;
            case 1 -> ddd + " " + rest;
            default -> "+55 " + ddd + " " + rest;
        };
    }

    /** {@code 98765-4321} / {@code 3512-4536}. */
    private static String subscriber(String local) {
        int split = local.length() - 4;
        return local.substring(0, split) + "-" + local.substring(split);
    }
}
