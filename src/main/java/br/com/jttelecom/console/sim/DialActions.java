package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code discar_numero} (click-to-call) and {@code discar_campanha}. Long distance is dialled as
 * {@code 0} + DDD + number; {@code +55…} and {@code 55…} are refused with "Serviço indisponível" as
 * the real PBX does.
 */
final class DialActions {

    private final SimState state;
    private final CallEngine engine;
    private final boolean clickToCall;

    /** @param clickToCall whether the account has the Click2Call module (the original module says dialling needs it) */
    DialActions(SimState state, CallEngine engine, boolean clickToCall) {
        this.state = state;
        this.engine = engine;
        this.clickToCall = clickToCall;
    }

    void register(ActionRegistry registry) {
        registry.on("discar_numero", this::dialNumber);
        registry.on("discar_campanha", this::dialCampaign);
    }

    ObjectNode dialNumber(SimRequest req) {
        ObjectNode dados = req.dados();
        String ramal = stripTenant(SimRequest.required(dados, "numero_ramal_origem"));
        ObjectNode ext = state.extensionByNumber(ramal)
                .orElseThrow(() -> SimError.invalid("numero_ramal_origem", "ramal não encontrado"));
        String dial = destination(SimRequest.required(dados, "numero_destino"));
        Optional<SimOperator> op = state.operators.byRamal(ramal);
        return started(ext, dial, op.map(SimOperator::id).orElse(0), op.map(SimOperator::nome).orElse(""));
    }

    ObjectNode dialCampaign(SimRequest req) {
        ObjectNode dados = req.dados();
        int operatorId = SimRequest.integer(dados, "operador_id", -1);
        if (operatorId < 0) {
            throw SimError.missing("operador_id");
        }
        if (!state.catalog.hasCampaign(SimRequest.required(dados, "campanha_id"))) {
            throw SimError.invalid("campanha_id", "campanha não encontrada");
        }
        SimOperator op = state.operators.get(operatorId)
                .orElseThrow(() -> SimError.invalid("operador_id", "operador não encontrado"));
        if (SimOperator.LOGGED_OUT.equals(op.status())) {
            throw new SimError(400, "Operador não está logado.");
        }
        ObjectNode ext = state.extensionByNumber(op.ramal())
                .orElseThrow(() -> SimError.invalid("operador_id", "operador sem ramal"));
        String dial = destination(SimRequest.required(dados, "numero_destino"));
        return started(ext, dial, op.id(), op.nome());
    }

    private ObjectNode started(ObjectNode ext, String dial, int operatorId, String operatorName) {
        if (!clickToCall) {
            throw new SimError(403, "Módulo Click2Call não contratado para esta conta.");
        }
        if ("1".equals(ext.path("bloquear_ramal").asText())) {
            throw new SimError(400, "Ramal bloqueado.");
        }
        boolean recorded = !"0".equals(ext.path("gravar_chamadas").asText("1"));
        RunningCall call = engine.dial(ext.path("numero").asText(), operatorId, operatorName, dial, recorded);
        ObjectNode n = Envelopes.message(200, "Discagem efetuada com sucesso.");
        n.put("chamada_id", call.chamadaId());
        return n;
    }

    /** Validates the destination and returns it as the PBX will dial it. */
    private String destination(String raw) {
        String trimmed = raw.trim();
        String digits = trimmed.replaceAll("[\\s().-]", "");
        if (trimmed.startsWith("+") || (digits.startsWith("55") && digits.length() >= 12)) {
            throw new SimError(400, "Serviço indisponível");
        }
        if (!digits.matches("\\d+")) {
            throw SimError.invalid("numero_destino", "informe somente dígitos");
        }
        if (digits.length() <= 6) {
            if (state.extensionByNumber(digits).isEmpty()) {
                throw SimError.invalid("numero_destino", "ramal de destino não encontrado");
            }
            return digits;
        }
        if (!PhoneDigits.dialable(digits)) {
            throw SimError.invalid("numero_destino", "use 0 + DDD + número para longa distância");
        }
        return digits;
    }

    private String stripTenant(String ramal) {
        return ramal.startsWith(state.tenant + "-") ? ramal.substring(state.tenant.length() + 1) : ramal;
    }
}
