package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call to an action: the query parameters merged with the JSON body (body wins), as the
 * PBX reads them whatever the HTTP method.
 */
record SimRequest(String method, String action, ObjectNode params) {

    /** A top-level parameter as text, or {@code null} when absent or empty. */
    String text(String name) {
        return text(params, name);
    }

    String required(String name) {
        String v = text(name);
        if (v == null) {
            throw SimError.missing(name);
        }
        return v;
    }

    /** A non-negative integer parameter, {@code fallback} when absent, 400 naming it when not a number. */
    int integer(String name, int fallback) {
        return integer(params, name, fallback);
    }

    boolean flag(String name) {
        String v = text(name);
        return v != null && (v.equalsIgnoreCase("sim") || v.equals("1") || v.equalsIgnoreCase("true"));
    }

    /**
     * The payload of {@code inserir_*}, {@code alterar_*} and {@code discar_*}: inside {@code dados}
     * as the PBX documents it, or flat at the top level as some servers also accept.
     */
    ObjectNode dados() {
        JsonNode d = params.get("dados");
        if (d instanceof ObjectNode o) {
            return o;
        }
        if (d != null && d.isTextual()) {
            throw SimError.invalid("dados", "envie um objeto JSON");
        }
        return params;
    }

    static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    static String required(JsonNode node, String name) {
        String v = text(node, name);
        if (v == null) {
            throw SimError.missing(name);
        }
        return v;
    }

    static int integer(JsonNode node, String name, int fallback) {
        String v = text(node, name);
        if (v == null) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < 0) {
                throw SimError.invalid(name, "informe um número não negativo");
            }
            return i;
        } catch (NumberFormatException e) {
            throw SimError.invalid(name, "informe um número");
        }
    }
}
