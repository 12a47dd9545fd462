package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Action name → handler. An unknown name is the PBX's 400 "Função não encontrada.". */
final class ActionRegistry {

    private final Map<String, Function<SimRequest, ObjectNode>> handlers = new ConcurrentHashMap<>();

    ActionRegistry on(String action, Function<SimRequest, ObjectNode> handler) {
        handlers.put(action, handler);
        return this;
    }

    ObjectNode dispatch(SimRequest req) {
        Function<SimRequest, ObjectNode> h = req.action() == null ? null : handlers.get(req.action());
        if (h == null) {
            return Envelopes.message(400, "Função não encontrada.");
        }
        try {
            return h.apply(req);
        } catch (SimError e) {
            return Envelopes.error(e);
        }
    }
}
