package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /__sim/faults} for tools outside the JVM (loopback only): GET lists the active faults,
 * POST adds one ({@code {"kind":"HTTP_ERROR","status":502,"action":"listar_ramais","times":2}}; a slow link:
 * {@code {"kind":"LATENCY","latencyMillis":150,"perRecordMicros":200}}),
 * DELETE clears them all.
 */
final class FaultAdminHandler implements HttpHandler {

    static final String PATH = "/__sim/faults";

    private final Faults faults;

    FaultAdminHandler(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRemoteAddress().getAddress().isLoopbackAddress()) {
                reply(ex, 403, Envelopes.message(403, "Somente loopback."));
                return;
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            switch (ex.getRequestMethod()) {
                case "GET" -> reply(ex, 200, list());
                case "DELETE" -> {
                    faults.clear();
                    reply(ex, 200, list());
                }
                case "POST", "PUT" -> {
                    try {
                        faults.add(parse(Envelopes.JSON.readTree(body)));
                        reply(ex, 200, list());
                    } catch (IOException | RuntimeException e) {
                        reply(ex, 400, Envelopes.message(400, "Falha inválida: " + e.getMessage()));
                    }
                }
                default -> reply(ex, 405, Envelopes.message(405, "Método não permitido."));
            }
        } finally {
            ex.close();
        }
    }

    static Fault parse(JsonNode n) {
        Fault.Kind kind = Fault.Kind.valueOf(n.path("kind").asText().toUpperCase(java.util.Locale.ROOT));
        Fault f = switch (kind) {
            case LATENCY -> Fault.latency(Duration.ofMillis(n.path("latencyMillis").asLong()),
                    Duration.ofNanos(n.path("perRecordMicros").asLong() * 1000));
            case CONNECTION_RESET -> Fault.connectionReset();
            case RESET_AFTER_REQUEST -> Fault.resetAfterRequest();
            case HTTP_ERROR -> Fault.httpError(n.path("status").asInt(502));
            case TRUNCATED_JSON -> Fault.truncatedJson();
            case RATE_LIMITED -> Fault.rateLimited(n.hasNonNull("retryAfter") ? n.get("retryAfter").asInt() : null);
            case AUTH_REVOKED -> Fault.authRevokedAfter(n.path("afterRequests").asInt());
            case NEVER_ENDING_BODY -> Fault.neverEndingBody();
            case SLOW_DRIP -> Fault.slowDrip(Duration.ofMillis(n.path("latencyMillis").asLong(1000)));
            case HUGE_BODY -> Fault.hugeBody(n.path("bodyBytes").asLong(Fault.DEFAULT_HUGE_BODY_BYTES));
        };
        if (n.hasNonNull("action")) {
            f = f.onlyFor(n.get("action").asText());
        }
        if (n.hasNonNull("times")) {
            f = f.times(n.get("times").asInt());
        }
        return f;
    }

    private ObjectNode list() {
        ObjectNode out = Envelopes.JSON.createObjectNode();
        ArrayNode arr = out.putArray("faults");
        faults.active().forEach(f -> arr.add(Envelopes.JSON.valueToTree(f)));
        return out;
    }

    private static void reply(HttpExchange ex, int status, ObjectNode body) throws IOException {
        ResponseWriter.raw(ex, status, ResponseWriter.JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
