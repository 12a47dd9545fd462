package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The {@code dados} of {@code discar_numero}: the extension as a plain number (not {@code tenant-ext}),
 * the destination already in the PBX's dial form ({@code 0}+DDD+number), optional variables.
 */
public record DialRequest(
        @JsonProperty("numero_ramal_origem") long numeroRamalOrigem,
        @JsonProperty("numero_destino") String numeroDestino,
        @JsonProperty("variaveis") Map<String, String> variaveis) {

    public DialRequest {
        variaveis = variaveis == null ? Map.of() : Map.copyOf(variaveis);
    }
}
