package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.service.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The caller's own {@code variaveis} of a click-to-call (the seed's API body): checked before anything is
 * sent, because the PBX passes them on to its dialplan and a CRM script may send anything.
 */
public final class DialVariables {

    static final int MAX_ENTRIES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

    private DialVariables() {
    }

    /**
     * @return the variables in the given order
     * @throws InvalidInput naming the first variable that is wrong, in Portuguese
     */
    public static Map<String, String> checked(Map<String, String> raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        if (raw.size() > MAX_ENTRIES) {
            throw new InvalidInput("api.error.variables.count", MAX_ENTRIES, raw.size());
        }
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidInput("api.error.variables.name");
            }
            String text = value == null ? "" : value.strip();
            if (text.length() > MAX_VALUE_LENGTH) {
                throw new InvalidInput("api.error.variables.length", name, MAX_VALUE_LENGTH);
            }
            if (text.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInput("api.error.variables.control", name);
            }
            out.put(name, text);
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
