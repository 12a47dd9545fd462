package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@code listar_pessoas} and operator control (all assumed by the spec): {@code login_operador},
 * {@code logout_operador}, {@code pausar_operador} (with {@code motivo_pausa}), {@code despausar_operador}.
 * Each takes {@code operador_id} at the top level or inside {@code dados}.
 */
final class OperatorActions {

    private final SimState state;
    private final CallEngine engine;

    OperatorActions(SimState state, CallEngine engine) {
        this.state = state;
        this.engine = engine;
    }

    void register(ActionRegistry registry) {
        registry.on("listar_pessoas", this::list);
        registry.on("login_operador", req -> change(req, SimOperator.AVAILABLE, "Operador logado com sucesso."));
        registry.on("logout_operador", req -> change(req, SimOperator.LOGGED_OUT, "Operador deslogado com sucesso."));
        registry.on("pausar_operador", req -> change(req, SimOperator.PAUSED, "Operador pausado com sucesso."));
        registry.on("despausar_operador", req -> change(req, SimOperator.AVAILABLE, "Operador despausado com sucesso."));
    }

    ObjectNode list(SimRequest req) {
        String pessoa = req.text("pessoa_id");
        Set<Integer> onCall = engine.operatorsOnCall();
        List<ObjectNode> rows = state.operators.all().stream()
                .filter(o -> pessoa == null || pessoa.equals("0") || pessoa.equals(Integer.toString(o.id())))
                .map(o -> render(o, onCall.contains(o.id())))
                .toList();
        return Envelopes.page(req, rows, "Nenhuma pessoa encontrada.");
    }

    private ObjectNode change(SimRequest req, String status, String okMessage) {
        int id = (int) FieldRules.id(req, "operador_id");
        SimOperator op = state.operators.get(id)
                .orElseThrow(() -> SimError.invalid("operador_id", "operador não encontrado"));
        String motivo = "";
        if (SimOperator.PAUSED.equals(status)) {
            if (SimOperator.LOGGED_OUT.equals(op.status())) {
                throw new SimError(400, "Operador não está logado.");
            }
            String given = SimRequest.text(req.dados(), "motivo_pausa");
            motivo = given != null ? given : req.text("motivo_pausa") != null ? req.text("motivo_pausa") : "Pausa";
        }
        state.operators.update(id, status, motivo);
        return Envelopes.message(200, okMessage);
    }

    private ObjectNode render(SimOperator o, boolean onCall) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("pessoa_id", Integer.toString(o.id()));
        n.put("operador_id", Integer.toString(o.id()));
        n.put("nome", o.nome());
        n.put("ramal", o.ramal());
        n.put("status", o.status());
        n.put("motivo_pausa", o.motivoPausa() == null ? "" : o.motivoPausa());
        n.put("em_chamada", onCall ? "1" : "0");
        return n;
    }
}
