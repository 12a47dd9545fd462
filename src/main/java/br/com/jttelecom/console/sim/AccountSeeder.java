package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Creates account records through the same code paths as {@code inserir_ramal} / {@code inserir_did}. */
final class AccountSeeder {

    private final SimState state;
    private final ExtensionActions extensions;
    private final DidActions dids;

    AccountSeeder(SimState state, ExtensionActions extensions, DidActions dids) {
        this.state = state;
        this.extensions = extensions;
        this.dids = dids;
    }

    /** What every fresh simulator holds, so a test can dial without seeding anything. */
    void seedBaseAccount() {
        extension("201", "Atendimento 1");
        extension("202", "Atendimento 2");
        extension("203", "Atendimento 3");
        extension("204", "Atendimento 4");
        did("4835124536");
        operator("Mariana Costa", "201", SimOperator.LOGGED_OUT);
        operator("Rafael Lima", "202", SimOperator.LOGGED_OUT);
    }

    /** Adds the extension unless its number exists; returns its {@code ramal_id} either way. */
    long extension(String numero, String nome) {
        return extension(numero, nome, SimState.HOME_DDD);
    }

    /** As {@link #extension(String, String)}, a new extension getting {@code codigoArea} as its DDD. */
    long extension(String numero, String nome, String codigoArea) {
        return state.extensionByNumber(numero)
                .map(r -> r.path("ramal_id").asLong())
                .orElseGet(() -> {
                    ObjectNode d = Envelopes.JSON.createObjectNode();
                    d.put("numero", numero);
                    d.put("nome", nome);
                    d.put("caller_id_externo", "4835124536");
                    d.put("codigo_area", codigoArea);
                    return extensions.create(d);
                });
    }

    long did(String numero) {
        return state.dids.find(r -> numero.equals(r.path("numero").asText()))
                .map(r -> r.path("did_id").asLong())
                .orElseGet(() -> {
                    ObjectNode d = Envelopes.JSON.createObjectNode();
                    d.put("numero", numero);
                    return dids.create(d);
                });
    }

    SimOperator operator(String nome, String ramal, String status) {
        return state.operators.byRamal(ramal).orElseGet(() -> state.operators.add(nome, ramal, status));
    }
}
