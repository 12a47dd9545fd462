package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Normalises payload values to what the PBX stores and lists: strings, {@code "0"}/{@code "1"} flags, lists. */
final class FieldRules {

    private static final Set<String> FORWARD_TYPES = Set.of("0", "1", "8", "9");

    private FieldRules() {
    }

    /** Copies a 0/1 flag (integer, string or boolean) as {@code "0"}/{@code "1"}; 400 naming it otherwise. */
    static void flag(ObjectNode from, ObjectNode to, String name) {
        JsonNode v = from.get(name);
        if (v == null || v.isNull()) {
            return;
        }
        String s = v.isBoolean() ? (v.asBoolean() ? "1" : "0") : v.asText().trim();
        if (!s.equals("0") && !s.equals("1")) {
            throw SimError.invalid(name, "use 0 ou 1");
        }
        to.put(name, s);
    }

    /** Copies a scalar as a string. */
    static void text(ObjectNode from, ObjectNode to, String name) {
        JsonNode v = from.get(name);
        if (v != null && !v.isNull() && v.isValueNode()) {
            to.put(name, v.asText());
        }
    }

    static void digits(ObjectNode from, ObjectNode to, String name) {
        JsonNode v = from.get(name);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.asText().trim().matches("\\d*")) {
            throw SimError.invalid(name, "informe somente dígitos");
        }
        to.put(name, v.asText().trim());
    }

    /** Copies a list, accepting one scalar as a one-element list. */
    static void list(ObjectNode from, ObjectNode to, String name) {
        JsonNode v = from.get(name);
        if (v == null || v.isNull()) {
            return;
        }
        to.set(name, asList(v));
    }

    /** A forwarding object {@code {encaminhamento_tipo, encaminhamento_destino, encaminhamento_destinos}}. */
    static void forwarding(ObjectNode from, ObjectNode to, String name) {
        JsonNode v = from.get(name);
        if (v == null || v.isNull()) {
            return;
        }
        if (!(v instanceof ObjectNode o)) {
            throw SimError.invalid(name, "envie um objeto de encaminhamento");
        }
        String type = o.path("encaminhamento_tipo").asText("0").trim();
        if (!FORWARD_TYPES.contains(type)) {
            throw SimError.invalid(name + ".encaminhamento_tipo", "use 0, 1, 8 ou 9");
        }
        to.set(name, forward(type, asList(o.path("encaminhamento_destino")), asList(o.path("encaminhamento_destinos"))));
    }

    static ObjectNode forward(String type, ArrayNode destino, ArrayNode destinos) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("encaminhamento_tipo", type);
        n.set("encaminhamento_destino", destino);
        n.set("encaminhamento_destinos", destinos);
        return n;
    }

    static ArrayNode asList(JsonNode v) {
        ArrayNode a = Envelopes.JSON.createArrayNode();
        if (v == null || v.isNull() || v.isMissingNode()) {
            return a;
        }
        if (v.isArray()) {
            v.forEach(e -> a.add(e.isValueNode() ? e.asText() : e.toString()));
        } else if (!v.asText().isBlank()) {
            a.add(v.asText());
        }
        return a;
    }

    /** The numeric id in {@code field} of {@code node} or of the top-level parameters. */
    static long id(SimRequest req, String field) {
        String v = SimRequest.text(req.dados(), field);
        if (v == null) {
            v = req.text(field);
        }
        if (v == null) {
            throw SimError.missing(field);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw SimError.invalid(field, "informe um número");
        }
    }
}
