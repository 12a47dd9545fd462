package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The small lists: campaigns, trunks ({@code listar_tronco}, singular, as known), regions, plans, flows, clients. */
final class CatalogActions {

    private final SimState state;

    CatalogActions(SimState state) {
        this.state = state;
    }

    void register(ActionRegistry registry) {
        Catalog c = state.catalog;
        registry.on("listar_campanhas", req -> Envelopes.page(req, c.campaigns, "Nenhuma campanha encontrada."));
        registry.on("listar_tronco", req -> Envelopes.page(req, c.trunks, "Nenhum tronco encontrado."));
        registry.on("listar_troncos", req -> Envelopes.page(req, c.trunks, "Nenhum tronco encontrado."));
        registry.on("listar_regioes", req -> Envelopes.page(req, c.regions, "Nenhuma região encontrada."));
        registry.on("listar_planos_discagem", req -> Envelopes.page(req, c.dialPlans, "Nenhum plano encontrado."));
        registry.on("listar_fluxos_integracao", req -> Envelopes.page(req, c.flows, "Nenhum fluxo encontrado."));
        registry.on("listar_clientes", req -> Envelopes.page(req, List.of(client()), "Nenhum cliente encontrado."));
    }

    private ObjectNode client() {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put("cliente_id", state.clienteId);
        n.put("nome", state.clienteNome);
        n.put("dominio", state.tenant);
        return n;
    }
}
