package br.com.jttelecom.console.pabx;

/**
 * One side of a history record ({@code origem} or {@code destino}) understood:
 * {@code odin-202} is an extension, {@code "47997008385 (DID: 4835124536)"} an outside caller on a DID,
 * {@code "DID -> FILA"} a queue no agent took, anything else an outside number.
 */
record Party(Kind kind, String number, String did) {

    enum Kind { EXTENSION, EXTERNAL, QUEUE, UNKNOWN }

    static final Party UNKNOWN = new Party(Kind.UNKNOWN, null, null);

    static Party parse(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return UNKNOWN;
        }
        if (s.contains("->")) {
            return new Party(Kind.QUEUE, null, null);
        }
        int didAt = s.indexOf("(DID:");
        if (didAt >= 0) {
            int close = s.indexOf(')', didAt);
            String did = PbxValues.digits(s.substring(didAt + 5, close < 0 ? s.length() : close));
            return new Party(Kind.EXTERNAL, PbxValues.digits(s.substring(0, didAt)), did);
        }
        int dash = s.lastIndexOf('-');
        if (dash > 0 && dash < s.length() - 1 && isTenant(s) && allDigits(s, dash + 1)) {
            return new Party(Kind.EXTENSION, s.substring(dash + 1), null);
        }
        String digits = PbxValues.digits(s);
        return digits == null ? new Party(Kind.UNKNOWN, s, null) : new Party(Kind.EXTERNAL, digits, null);
    }

    /** A tenant name starts with a letter: "odin", "loja"; a dash inside a number ("48-9999") is not an extension. */
    private static boolean isTenant(String s) {
        return Character.isLetter(s.charAt(0)) && s.indexOf(' ') < 0;
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    boolean isExtension() {
        return kind == Kind.EXTENSION;
    }
}
