package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a request says, the PBX way: query parameters merged with a JSON body whatever the
 * method (a body on GET is read), the body winning a conflict; the action from the path or {@code acao}.
 */
final class RequestReader {

    private RequestReader() {
    }

    /** @throws SimError 400 when the body is not JSON */
    static ObjectNode params(HttpExchange ex, byte[] body) {
        ObjectNode params = Envelopes.JSON.createObjectNode();
        String rawQuery = ex.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(k, v);
            }
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
            try {
                JsonNode json = Envelopes.JSON.readTree(text);
                if (!(json instanceof ObjectNode obj)) {
                    throw new SimError(400, "Corpo da requisição inválido: envie um objeto JSON.");
                }
                params.setAll(obj);
            } catch (JsonProcessingException e) {
                throw new SimError(400, "Corpo da requisição inválido: JSON malformado.");
            }
        }
        return params;
    }

    /** The action: the path segment after the base ({@code /suite/api/<acao>}), else {@code acao}. */
    static String action(String path, String base, ObjectNode params) {
        String rest = path.length() > base.length() ? path.substring(base.length()) : "";
        rest = rest.replaceAll("^/+|/+$", "");
        if (!rest.isEmpty()) {
            return rest;
        }
        return SimRequest.text(params, "acao");
    }

    static byte[] body(HttpExchange ex) throws IOException {
        return ex.getRequestBody().readAllBytes();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
