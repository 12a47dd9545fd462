package br.com.jttelecom.console.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the value of every secret-looking key in a text with {@code ***}: PBX tokens, the
 * {@code Authorization} header, SIP/web passwords. Used by the log layout so that a token that
 * slips into a message, a header dump, a JSON body or an exception never reaches a log file.
 */
public final class SecretMasker {

    public static final String MASK = "***";

    // key, then the separator as written (":", "=", "\":\"", ": ", …), then the value up to a delimiter.
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\\b(?:autenticacao_token|token|senha_sip|senha_web|registro_senha|senha|password|secret|x-webhook-secret)"
                    + "\\b\"?\\s*[:=]\\s*\"?)([^\\s\",;&}\\]]+)");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\\bauthorization\"?\\s*[:=]\\s*\"?)(?:(bearer|basic)\\s+)?([^\\s\",;&}\\]]+)");

    private SecretMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(AUTHORIZATION.matcher(text), true);
        return replace(KEY_VALUE.matcher(masked), false);
    }

    private static String replace(Matcher m, boolean keepScheme) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String scheme = keepScheme && m.group(2) != null ? m.group(2) + " " : "";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + scheme + MASK));
        }
        m.appendTail(out);
        return out.toString();
    }
}
