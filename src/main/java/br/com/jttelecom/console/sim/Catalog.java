package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The account's small, mostly static lists (campaigns, trunks, regions, dialling plans,
 * integration flows). Their field names beyond the ids and {@code nome} are assumed.
 */
final class Catalog {

    final List<ObjectNode> campaigns;
    final List<ObjectNode> trunks;
    final List<ObjectNode> regions;
    final List<ObjectNode> dialPlans;
    final List<ObjectNode> flows;

    Catalog(String clienteId) {
        campaigns = List.of(
                row("campanha_id", "1", clienteId, "Prospecção Sul", "tipo", "preview"),
                row("campanha_id", "2", clienteId, "Renovação de contratos", "tipo", "preview"),
                row("campanha_id", "3", clienteId, "Pesquisa de satisfação", "tipo", "preditiva"));
        trunks = List.of(
                row("tronco_id", "1", clienteId, "Tronco SIP principal", "tecnologia", "SIP"),
                row("tronco_id", "2", clienteId, "Tronco de contingência", "tecnologia", "SIP"));
        regions = List.of(
                row("regiao_id", "1", clienteId, "Local (DDD 48)", "codigo_area", "48"),
                row("regiao_id", "2", clienteId, "Longa distância nacional", "codigo_area", ""),
                row("regiao_id", "3", clienteId, "Móvel", "codigo_area", ""));
        dialPlans = List.of(
                row("plano_discagem_id", "1", clienteId, "Somente internos", "permite_longa_distancia", "0"),
                row("plano_discagem_id", "2", clienteId, "Local e móvel", "permite_longa_distancia", "0"),
                row("plano_discagem_id", "3", clienteId, "Nacional", "permite_longa_distancia", "1"));
        flows = List.of(
                row("fluxo_id", "1", clienteId, "Webhook fim de chamada", "evento", "fim_chamada"),
                row("fluxo_id", "2", clienteId, "Consulta CRM na entrada", "evento", "inicio_chamada"));
    }

    boolean hasCampaign(String id) {
        return campaigns.stream().anyMatch(c -> c.path("campanha_id").asText().equals(id));
    }

    private static ObjectNode row(String idField, String id, String clienteId, String nome, String extraField, String extra) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        n.put(idField, id);
        n.put("cliente_id", clienteId);
        n.put("nome", nome);
        n.put(extraField, extra);
        return n;
    }
}
