package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code listar_ramais}, {@code inserir_ramal}, {@code alterar_ramal} (a POST with {@code dados.ramal_id}), {@code deletar_ramal}. */
final class ExtensionActions {

    private static final List<String> FLAGS = List.of("puxar_chamadas", "habilitar_timers", "habilitar_blf",
            "escutar_chamadas", "gravar_chamadas", "bloquear_ramal", "habilitar_dupla_autenticacao",
            "habilitar_caixa_postal");
    private static final List<String> TEXTS = List.of("nome", "tipo", "caller_id_externo", "grupo_ramais",
            "centro_custo", "plano_discagem_id", "grupo_musica_espera", "codigo_area", "senha_sip", "senha_web",
            "dupla_autenticacao_ip_permitido", "dupla_autenticacao_mascara", "caixa_postal_email");
    private static final List<String> FORWARDS = List.of("encaminhar_todas_chamadas",
            "encaminhar_offline_sem_atendimento", "encaminhar_ocupado_indisponivel");

    private final SimState state;

    ExtensionActions(SimState state) {
        this.state = state;
    }

    void register(ActionRegistry registry) {
        registry.on("listar_ramais", this::list);
        registry.on("inserir_ramal", this::insert);
        registry.on("alterar_ramal", this::alter);
        registry.on("deletar_ramal", this::delete);
    }

    ObjectNode list(SimRequest req) {
        String id = req.text("ramal_id");
        String numero = req.text("numero");
        String cliente = req.text("cliente_id");
        List<ObjectNode> rows = state.extensions.list(r ->
                (id == null || id.equals("0") || id.equals(r.path("ramal_id").asText()))
                        && (numero == null || numero.equals(r.path("numero").asText()))
                        && (cliente == null || cliente.equals(r.path("cliente_id").asText())));
        return Envelopes.page(req, rows, "Nenhum ramal encontrado.");
    }

    ObjectNode insert(SimRequest req) {
        long id = create(req.dados());
        ObjectNode n = Envelopes.message(200, "Ramal inserido com sucesso.");
        n.put("id", id);
        return n;
    }

    /** Creates an extension from an {@code inserir_ramal} payload; also used by the seeders. */
    long create(ObjectNode dados) {
        String numero = SimRequest.required(dados, "numero");
        ObjectNode row = defaults(numero);
        apply(dados, row);
        synchronized (state.extensions) {
            requireFreeNumber(row.path("numero").asText(), -1);
            return state.extensions.insert(row);
        }
    }

    ObjectNode alter(SimRequest req) {
        long id = FieldRules.id(req, "ramal_id");
        synchronized (state.extensions) {
            ObjectNode row = state.extensions.get(id)
                    .orElseThrow(() -> SimError.invalid("ramal_id", "ramal não encontrado"));
            apply(req.dados(), row);
            requireFreeNumber(row.path("numero").asText(), id);
            state.extensions.replace(id, row);
        }
        return Envelopes.message(200, "Ramal alterado com sucesso.");
    }

    ObjectNode delete(SimRequest req) {
        long id = FieldRules.id(req, "ramal_id");
        if (!state.extensions.delete(id)) {
            throw SimError.invalid("ramal_id", "ramal não encontrado");
        }
        return Envelopes.message(200, "Ramal excluído com sucesso.");
    }

    private void apply(ObjectNode dados, ObjectNode row) {
        FieldRules.digits(dados, row, "numero");
        String numero = row.path("numero").asText();
        if (numero.length() < 2 || numero.length() > 6) {
            throw SimError.invalid("numero", "um ramal tem de 2 a 6 dígitos");
        }
        row.put("usuario_autenticacao", state.tenant + "-" + numero);
        TEXTS.forEach(f -> FieldRules.text(dados, row, f));
        FLAGS.forEach(f -> FieldRules.flag(dados, row, f));
        FORWARDS.forEach(f -> FieldRules.forwarding(dados, row, f));
        row.put("codigo_incorporacao", "<iframe src=\"https://pabx.example.com.br/webphone?r=" + numero + "\"></iframe>");
    }

    private void requireFreeNumber(String numero, long exceptId) {
        boolean taken = state.extensions.find(r -> numero.equals(r.path("numero").asText())
                && r.path("ramal_id").asLong() != exceptId).isPresent();
        if (taken) {
            throw SimError.invalid("numero", "já existe um ramal com esse número");
        }
    }

    /** Every field of the spec, in the order the PBX lists them. */
    private ObjectNode defaults(String numero) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("ramal_id", "");
        n.put("cliente_id", state.clienteId);
        n.put("nome", "Ramal " + numero);
        n.put("tipo", "1");
        n.put("usuario_autenticacao", "");
        n.put("numero", numero);
        n.put("senha_sip", "Sip#" + Integer.toHexString(numero.hashCode() * 31 + 7));
        n.put("senha_web", "Web#" + Integer.toHexString(numero.hashCode() * 17 + 3));
        n.put("caller_id_externo", "");
        n.put("grupo_ramais", "1");
        n.put("centro_custo", "1");
        n.put("plano_discagem_id", "3");
        n.putNull("grupo_musica_espera");
        for (String f : List.of("puxar_chamadas", "habilitar_timers", "habilitar_blf", "escutar_chamadas")) {
            n.put(f, "0");
        }
        n.put("gravar_chamadas", "1");
        n.put("bloquear_ramal", "0");
        n.put("codigo_incorporacao", "");
        n.put("codigo_area", SimState.HOME_DDD);
        n.put("habilitar_dupla_autenticacao", "0");
        n.put("dupla_autenticacao_ip_permitido", "");
        n.put("dupla_autenticacao_mascara", "");
        n.put("habilitar_caixa_postal", "0");
        n.put("caixa_postal_email", "");
        FORWARDS.forEach(f -> n.set(f, FieldRules.forward("0", FieldRules.asList(null), FieldRules.asList(null))));
        return n;
    }
}
