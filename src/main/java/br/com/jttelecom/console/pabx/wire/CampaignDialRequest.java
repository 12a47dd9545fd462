package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The {@code dados} of {@code discar_campanha} (preview campaigns; ASSUMED shape). */
public record CampaignDialRequest(
        @JsonProperty("operador_id") String operadorId,
        @JsonProperty("numero_destino") String numeroDestino,
        @JsonProperty("campanha_id") String campanhaId,
        @JsonProperty("variaveis") Map<String, String> variaveis) {

    public CampaignDialRequest {
        variaveis = variaveis == null ? Map.of() : Map.copyOf(variaveis);
    }
}
