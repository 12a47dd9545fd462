package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One campaign of {@code listar_campanhas}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignRecord(
        @JsonProperty("campanha_id") String campanhaId,
        @JsonProperty("cliente_id") String clienteId,
        @JsonProperty("nome") String nome) {
}
