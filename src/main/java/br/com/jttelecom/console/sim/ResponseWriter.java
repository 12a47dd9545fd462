package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the simulator's answers: JSON envelopes, and the malformed answers of the faults. */
final class ResponseWriter {

    static final String JSON_TYPE = "application/json; charset=utf-8";

    private final int emptyResultsStatus;

    /** @param emptyResultsStatus the HTTP status of a "nothing found" list: 404 (default) or 200 */
    ResponseWriter(int emptyResultsStatus) {
        this.emptyResultsStatus = emptyResultsStatus;
    }

    /** The envelope, with {@code http_response_code} as the HTTP status. */
    void json(HttpExchange ex, ObjectNode body) throws IOException {
        int status = body.path("http_response_code").asInt(200);
        if (body.remove(Envelopes.EMPTY_MARKER) != null) {
            status = emptyResultsStatus;
        }
        raw(ex, status, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The envelope cut in the middle, with a Content-Length that matches the cut (so only the JSON is bad). */
    void truncated(HttpExchange ex, ObjectNode body) throws IOException {
        body.remove(Envelopes.EMPTY_MARKER);
        byte[] full = body.toString().getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, Math.max(1, full.length / 2));
        raw(ex, 200, JSON_TYPE, cut);
    }

    /** What nginx in front of the PBX answers when the PBX is down. */
    void htmlError(HttpExchange ex, int status) throws IOException {
        String title = status + " " + switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Server Error";
        };
        String html = "<html>\n<head><title>" + title + "</title></head>\n<body>\n<center><h1>" + title
                + "</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n";
        raw(ex, status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    void rateLimited(HttpExchange ex, Integer retryAfter) throws IOException {
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter));
        }
        json(ex, Envelopes.message(429, "Limite de requisições excedido. Tente novamente mais tarde."));
    }

    static void raw(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
