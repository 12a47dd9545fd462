package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One request that reached the simulated PBX, as tests count them. {@code params} is the merged
 * query + body with every secret ({@code usuario}, {@code token}, {@code senha_*}, …) removed.
 */
public record RecordedRequest(Instant at, String method, String action, ObjectNode params) {

    /** A parameter as text, looking inside {@code dados} too; {@code null} when absent. */
    public String param(String name) {
        JsonNode v = params.get(name);
        if (v == null && params.get("dados") instanceof ObjectNode dados) {
            v = dados.get(name);
        }
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
