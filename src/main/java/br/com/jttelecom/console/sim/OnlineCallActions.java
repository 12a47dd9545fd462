package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code listar_chamadas_online}. The real field names are unknown; these are the CDR-style names
 * the spec assumes ({@code chamada_id}, {@code origem}, {@code destino}, {@code data}, {@code duracao},
 * {@code operador}, {@code status}) plus {@code ramal}. Status values: {@code chamando_ramal},
 * {@code chamando}, {@code em_conversa}, {@code na_fila}.
 */
final class OnlineCallActions {

    private final SimState state;
    private final CallEngine engine;

    OnlineCallActions(SimState state, CallEngine engine) {
        this.state = state;
        this.engine = engine;
    }

    void register(ActionRegistry registry) {
        registry.on("listar_chamadas_online", this::list);
    }

    ObjectNode list(SimRequest req) {
        Instant now = state.clock.now();
        List<ObjectNode> rows = engine.live().stream()
                .filter(c -> !c.finished(now))
                .sorted(java.util.Comparator.comparing(RunningCall::start).thenComparingLong(RunningCall::seq))
                .map(c -> render(c, now))
                .toList();
        return Envelopes.page(req, rows, "Nenhuma chamada em andamento.");
    }

    private ObjectNode render(RunningCall c, Instant now) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("chamada_id", c.chamadaId());
        if (c.inbound()) {
            n.put("origem", c.number() + " (DID: " + c.did() + ")");
            n.put("destino", c.ramal() == null ? "DID -> FILA" : state.renderer.extension(c.ramal()));
        } else {
            n.put("origem", state.renderer.extension(c.ramal()));
            n.put("destino", c.number());
        }
        n.put("data", SimDates.format(c.start()));
        n.put("duracao", SimDates.hms(Duration.between(c.start(), now).toSeconds()));
        n.put("operador", c.operatorName() == null ? "" : c.operatorName());
        n.put("status", c.status(now));
        n.put("ramal", c.ramal() == null ? "" : c.ramal());
        return n;
    }
}
