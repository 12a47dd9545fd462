package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An extension's forwarding rule. Types: 0 none, 1 extension, 8 external number, 9 voicemail. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Forwarding(
        @JsonProperty("encaminhamento_tipo") String encaminhamentoTipo,
        @JsonProperty("encaminhamento_destino") List<String> encaminhamentoDestino,
        @JsonProperty("encaminhamento_destinos") List<String> encaminhamentoDestinos) {

    public static final String NONE = "0";
    public static final String EXTENSION = "1";
    public static final String EXTERNAL = "8";
    public static final String VOICEMAIL = "9";

    public static Forwarding none() {
        return new Forwarding(NONE, List.of(), List.of());
    }
}
