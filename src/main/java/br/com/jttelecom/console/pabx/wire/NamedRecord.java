package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A record of the small lists whose fields nobody has documented: trunks ({@code listar_tronco}),
 * regions, dialing plans, integration flows. ASSUMED shape: an id under the action's own name
 * ({@code tronco_id}, {@code regiao_id}, {@code plano_discagem_id}, {@code fluxo_id}, or plain {@code id})
 * and a {@code nome}/{@code descricao}; anything else is ignored until the real answer is known.
 * {@code cliente_id} is the owning account that every record carries, never the record's own id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedRecord(
        @JsonProperty("id")
        @JsonAlias({"tronco_id", "regiao_id", "plano_discagem_id", "plano_id", "fluxo_id", "fluxo_integracao_id",
                "campanha_id"})
        String id,
        @JsonProperty("nome") @JsonAlias({"name", "descricao_nome"}) String nome,
        @JsonProperty("descricao") String descricao,
        @JsonProperty("tipo") String tipo,
        @JsonProperty("url") String url) {
}
