package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Request bodies as JSON objects, with a 400 in Portuguese for anything else. */
final class JsonBodies {

    /** One object and nothing after it: a second object or trailing text is a malformed body, not ignored. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    static JsonNode object(Context ctx, Messages messages) {
        String body = RequestBody.text(ctx, messages, "api.error.notUtf8");
        if (body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw invalid(messages);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(messages);
        }
    }

    /** A text field, or null when absent/blank; numbers are taken as their text. */
    static String text(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull() || !n.isValueNode() || n.asText().isBlank()) {
            return null;
        }
        return n.asText().trim();
    }

    static Long number(JsonNode body, String name, Messages messages) {
        String t = text(body, name);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_input", messages.get("api.error.notNumber", name));
        }
    }

    /**
     * An object of plain values ({@code "variaveis": {"campanha": "vendas"}}) as text, in the order sent;
     * empty when absent or null. The seed sends strings; numbers and booleans are taken as their text.
     */
    static java.util.Map<String, String> texts(JsonNode body, String name, Messages messages) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull() || (n.isArray() && n.isEmpty())) { // the PBX's own "empty list" form
            return java.util.Map.of();
        }
        if (!n.isObject()) {
            throw new ApiException(400, "invalid_input", messages.get("api.error.notObject", name));
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var e : n.properties()) {
            JsonNode v = e.getValue();
            if (!v.isValueNode()) {
                throw new ApiException(400, "invalid_input", messages.get("api.error.notObject", name));
            }
            out.put(e.getKey(), v.isNull() ? "" : v.asText());
        }
        return out;
    }

    static boolean flag(JsonNode body, String name) {
        JsonNode n = body.get(name);
        return n != null && (n.asBoolean(false) || "1".equals(n.asText()) || "sim".equalsIgnoreCase(n.asText()));
    }

    private static ApiException invalid(Messages messages) {
        return new ApiException(400, "invalid_json", messages.get("api.error.invalidJson"));
    }
}
