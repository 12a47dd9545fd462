package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code listar_dids}, {@code inserir_did}, {@code alterar_did} (a POST with {@code dados.did_id}), {@code deletar_did}. */
final class DidActions {

    private static final List<String> FLAGS = List.of("gravar_chamadas", "habilitar_registro",
            "habilitar_horario_funcionamento");
    private static final List<String> TEXTS = List.of("apontar_para", "destino", "maximo_chamadas_simultaneas",
            "registro_dominio", "registro_usuario", "registro_senha", "horario_funcionamento_inicio",
            "horario_funcionamento_fim");
    private static final List<String> LISTS = List.of("horario_funcionamento_dias_semana",
            "horario_funcionamento_lista_feriados");

    private final SimState state;

    DidActions(SimState state) {
        this.state = state;
    }

    void register(ActionRegistry registry) {
        registry.on("listar_dids", this::list);
        registry.on("inserir_did", this::insert);
        registry.on("alterar_did", this::alter);
        registry.on("deletar_did", this::delete);
    }

    ObjectNode list(SimRequest req) {
        String id = req.text("did_id");
        String numero = req.text("numero");
        List<ObjectNode> rows = state.dids.list(r ->
                (id == null || id.equals("0") || id.equals(r.path("did_id").asText()))
                        && (numero == null || numero.equals(r.path("numero").asText())));
        return Envelopes.page(req, rows, "Nenhum DID encontrado.");
    }

    ObjectNode insert(SimRequest req) {
        long id = create(req.dados());
        ObjectNode n = Envelopes.message(200, "DID inserido com sucesso.");
        n.put("id", id);
        return n;
    }

    /** Creates a DID from an {@code inserir_did} payload; also used by the seeders. */
    long create(ObjectNode dados) {
        ObjectNode row = defaults(SimRequest.required(dados, "numero"));
        apply(dados, row);
        synchronized (state.dids) {
            requireFreeNumber(row.path("numero").asText(), -1);
            return state.dids.insert(row);
        }
    }

    ObjectNode alter(SimRequest req) {
        long id = FieldRules.id(req, "did_id");
        synchronized (state.dids) {
            ObjectNode row = state.dids.get(id).orElseThrow(() -> SimError.invalid("did_id", "DID não encontrado"));
            apply(req.dados(), row);
            requireFreeNumber(row.path("numero").asText(), id);
            state.dids.replace(id, row);
        }
        return Envelopes.message(200, "DID alterado com sucesso.");
    }

    ObjectNode delete(SimRequest req) {
        long id = FieldRules.id(req, "did_id");
        if (!state.dids.delete(id)) {
            throw SimError.invalid("did_id", "DID não encontrado");
        }
        return Envelopes.message(200, "DID excluído com sucesso.");
    }

    private void apply(ObjectNode dados, ObjectNode row) {
        FieldRules.digits(dados, row, "numero");
        String numero = row.path("numero").asText();
        if (numero.startsWith("55") && numero.length() >= 12) {
            throw SimError.invalid("numero", "informe o DID sem o 55");
        }
        if (numero.length() < 10 || numero.length() > 11 || !PhoneDigits.validDdd(numero.substring(0, 2))) {
            throw SimError.invalid("numero", "informe DDD + número (10 ou 11 dígitos)");
        }
        TEXTS.forEach(f -> FieldRules.text(dados, row, f));
        FLAGS.forEach(f -> FieldRules.flag(dados, row, f));
        LISTS.forEach(f -> FieldRules.list(dados, row, f));
    }

    private void requireFreeNumber(String numero, long exceptId) {
        boolean taken = state.dids.find(r -> numero.equals(r.path("numero").asText())
                && r.path("did_id").asLong() != exceptId).isPresent();
        if (taken) {
            throw SimError.invalid("numero", "já existe um DID com esse número");
        }
    }

    private ObjectNode defaults(String numero) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("did_id", "");
        n.put("cliente_id", state.clienteId);
        n.put("numero", numero);
        n.put("apontar_para", "fila");
        n.put("destino", "1");
        n.put("gravar_chamadas", "1");
        n.put("maximo_chamadas_simultaneas", "10");
        n.put("habilitar_registro", "0");
        n.put("registro_dominio", "");
        n.put("registro_usuario", "");
        n.put("registro_senha", "");
        n.put("habilitar_horario_funcionamento", "1");
        n.put("horario_funcionamento_inicio", "08:00");
        n.put("horario_funcionamento_fim", "18:00");
        n.set("horario_funcionamento_dias_semana", FieldRules.asList(Envelopes.JSON.valueToTree(List.of("1", "2", "3", "4", "5"))));
        n.set("horario_funcionamento_lista_feriados", FieldRules.asList(Envelopes.JSON.valueToTree(List.of("01/01", "21/04", "07/09", "25/12"))));
        return n;
    }
}
