package br.com.jttelecom.console.api;

/**
 * Mends the two defects the PBX's tenant-edited webhook template is known to have (spec, "Webhooks"):
 * a comma before a closing brace or bracket, and raw control characters inside strings. Anything
 * else is left as it is, so a body that is wrong in another way still fails to parse.
 */
final class JsonRepair {

    private JsonRepair() {
    }

    static String repair(String body) {
        StringBuilder out = new StringBuilder(body.length() + 16);
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                    out.append(c);
                } else if (c == '\\') {
                    escaped = true;
                    out.append(c);
                } else if (c == '"') {
                    inString = false;
                    out.append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == ',' && nextSignificantCloses(body, i + 1)) {
                continue; // trailing comma
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean nextSignificantCloses(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '}' || c == ']';
            }
        }
        return false;
    }
}
