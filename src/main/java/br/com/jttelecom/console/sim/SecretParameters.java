package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which parameter names are secrets: never recorded, never logged. */
final class SecretParameters {

    private static final Set<String> NAMES = Set.of("usuario", "token", "autenticacao", "autenticacao_usuario",
            "autenticacao_token", "registro_senha", "caixa_postal_senha", "password", "senha");

    private SecretParameters() {
    }

    static boolean isSecret(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return NAMES.contains(n) || n.startsWith("senha_") || n.endsWith("_senha") || n.contains("token");
    }

    /** A deep copy of {@code params} without any secret, at any depth. */
    static ObjectNode redact(ObjectNode params) {
        ObjectNode copy = params.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (isSecret(name)) {
                    o.remove(name);
                } else {
                    strip(o.get(name));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(SecretParameters::strip);
        }
    }
}
