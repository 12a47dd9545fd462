package br.com.jttelecom.console.pabx;

import java.util.regex.Pattern;

/**
 * Blanks secrets out of any text about to be logged: JSON fields {@code token}, {@code senha_sip},
 * {@code senha_web}, {@code registro_senha}, {@code senha} and the {@code token}/{@code usuario}-style
 * query parameters. Needed because bodies carry them (legacy auth puts the token in the body, extension
 * lists carry SIP passwords).
 */
final class Redactor {

    static final String MASK = "██";

    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?:token|usuario|autenticacao_token|autenticacao_usuario|senha|senha_sip|senha_web|registro_senha|password|secret)\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "([?&](?:token|autenticacao_token|senha)=)[^&\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SECRET = Pattern.compile(
            "^((?:token|authorization)\\s*:\\s*).*$", Pattern.CASE_INSENSITIVE);

    private final String token;

    Redactor(String token) {
        this.token = token == null || token.length() < 4 ? null : token;
    }

    String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String out = JSON_SECRET.matcher(line).replaceAll("$1\"" + MASK + "\"");
        out = QUERY_SECRET.matcher(out).replaceAll("$1" + MASK);
        out = HEADER_SECRET.matcher(out).replaceAll("$1" + MASK);
        if (token != null && out.contains(token)) {
            // Last line of defence: the literal token wherever it hides (a URL, an echo in an error body).
            out = out.replace(token, MASK);
        }
        return out;
    }
}
