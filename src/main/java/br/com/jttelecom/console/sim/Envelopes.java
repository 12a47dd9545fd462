package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds the PBX's response envelope, always in its own field names. */
final class Envelopes {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Marks the "nothing found" envelope of a list so the HTTP layer can pick its status; never sent. */
    static final String EMPTY_MARKER = "__sim_lista_vazia";

    private Envelopes() {
    }

    static ObjectNode message(int code, String mensagem) {
        ObjectNode n = JSON.createObjectNode();
        n.put("http_response_code", code);
        n.put("mensagem", mensagem);
        return n;
    }

    static ObjectNode empty(String emptyMessage) {
        ObjectNode n = message(404, emptyMessage);
        n.put(EMPTY_MARKER, true);
        return n;
    }

    static ObjectNode error(SimError e) {
        return message(e.code(), e.getMessage());
    }

    /**
     * A page of a list; an empty page is the 404 envelope with {@code emptyMessage}, which the
     * HTTP layer may still send with status 200 (see {@code SimulatorBuilder#emptyResultsStatus}).
     */
    static ObjectNode page(List<? extends JsonNode> page, long total, String emptyMessage) {
        if (page.isEmpty()) {
            return empty(emptyMessage);
        }
        ObjectNode n = pageHead(total, page.size());
        n.putArray("dados").addAll(page);
        return n;
    }

    /** {@link #page(List, long, String)} with the page's {@code size} rows written by {@code rows} (an array). */
    static ObjectNode page(JsonSerializable rows, int size, long total, String emptyMessage) {
        if (size == 0) {
            return empty(emptyMessage);
        }
        ObjectNode n = pageHead(total, size);
        n.putPOJO("dados", rows);
        return n;
    }

    private static ObjectNode pageHead(long total, int size) {
        ObjectNode n = message(200, "Consulta realizada com sucesso.");
        n.put("qtd_total_resultados", total);
        n.put("qtd_resultados_retornados", size);
        return n;
    }

    /** Pages an in-memory list with the request's {@code pos_registro_inicial}/{@code quantidade}. */
    static ObjectNode page(SimRequest req, List<? extends JsonNode> all, String emptyMessage) {
        Paging p = Paging.of(req);
        int from = (int) Math.min(p.offset(), all.size());
        int to = (int) Math.min((long) from + p.size(), all.size());
        return page(all.subList(from, to), all.size(), emptyMessage);
    }
}
