package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code listar_historico_chamada} over real HTTP for the behaviour tests. */
final class HistoryQueries {

    private HistoryQueries() {
    }

    static Map<String, String> window(String from, String to, String... extra) {
        Map<String, String> q = new HashMap<>(Map.of("data_inicial", from, "data_final", to));
        for (int i = 0; i < extra.length; i += 2) {
            q.put(extra[i], extra[i + 1]);
        }
        return q;
    }

    /** The one record with this id (the window must contain it), or fails. */
    static JsonNode byId(SimClient client, String chamadaId, String day) {
        SimClient.Reply r = client.get("listar_historico_chamada", window(day, day, "hora_inicial", "00:00",
                "hora_final", "23:59", "chamada_id", chamadaId));
        if (r.dados().size() != 1) {
            throw new AssertionError("expected one record " + chamadaId + ": " + r.body());
        }
        return r.dados().get(0);
    }

    /** Every record of the window, paging by 1000 until a short page. */
    static List<JsonNode> all(SimClient client, Map<String, String> window) {
        List<JsonNode> out = new ArrayList<>();
        for (int pos = 0; ; pos += 1000) {
            Map<String, String> q = new HashMap<>(window);
            q.put("quantidade", "1000");
            q.put("pos_registro_inicial", Integer.toString(pos));
            SimClient.Reply r = client.get("listar_historico_chamada", q);
            if (r.code() != 200) {
                return out;
            }
            r.dados().forEach(out::add);
            if (r.dados().size() < 1000) {
                return out;
            }
        }
    }
}
