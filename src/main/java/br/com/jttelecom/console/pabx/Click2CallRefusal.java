package br.com.jttelecom.console.pabx;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a dial refused because the account lacks the Click2Call module. The PBX's wording is
 * unknown (ASSUMED), so this is a text heuristic kept in one pattern that is easy to change.
 */
final class Click2CallRefusal {

    /** Matched against the PBX's {@code mensagem}, lower-case and without accents. */
    static final Pattern NOT_CONTRACTED = Pattern.compile(
            "click ?-?2 ?-?call|click ?to ?call|nao (esta )?contratad|modulo .*(nao|indisponivel)|sem permissao para discar");

    private Click2CallRefusal() {
    }

    static boolean matches(String mensagem) {
        if (mensagem == null || mensagem.isBlank()) {
            return false;
        }
        String plain = Normalizer.normalize(mensagem, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return NOT_CONTRACTED.matcher(plain).find();
    }
}
