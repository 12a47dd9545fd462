package br.com.jttelecom.console.phone;

import br.com.jttelecom.console.phone.InvalidPhoneNumber.Reason;

/**
 * The digits of what a person typed as a phone number, with the separators people use (spaces, dashes of any
 * kind, dots, brackets, a slash, a leading {@code +}) dropped; anything else means it is not a number.
 */
final class TypedDigits {

    private TypedDigits() {
    }

    /** @param maxLength longer input is refused before any work, so the parser's work stays bounded */
    static String of(String raw, int maxLength) {
        if (raw == null) {
            throw new InvalidPhoneNumber(Reason.EMPTY);
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw new InvalidPhoneNumber(Reason.TOO_LONG);
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == '+' && i == 0) && !isSeparator(c)) {
                throw new InvalidPhoneNumber(Reason.NOT_A_NUMBER);
            }
        }
        if (digits.isEmpty()) {
            // An empty input mask such as "(  )     -    " is still "nothing typed".
            throw new InvalidPhoneNumber(Reason.EMPTY);
        }
        return digits.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '(' || c == ')' || c == '/'
                || (c >= '\u2010' && c <= '\u2015') // the dashes word processors put in
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
