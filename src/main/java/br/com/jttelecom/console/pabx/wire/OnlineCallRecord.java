package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One call in progress from {@code listar_chamadas_online}. The field names are ASSUMED (CDR-style);
 * the common alternatives {@code ramal}, {@code numero}, {@code tempo}, {@code estado} are read too and
 * the accessors below pick whichever came.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnlineCallRecord(
        @JsonProperty("chamada_id") String chamadaId,
        @JsonProperty("origem") String origem,
        @JsonProperty("destino") String destino,
        @JsonProperty("data") String data,
        @JsonProperty("duracao") String duracao,
        @JsonProperty("operador") String operador,
        @JsonProperty("status") String status,
        @JsonProperty("ramal") String ramal,
        @JsonProperty("numero") String numero,
        @JsonProperty("tempo") String tempo,
        @JsonProperty("estado") String estado) {

    /** Elapsed time as sent: {@code duracao}, else {@code tempo}. */
    public String elapsed() {
        return firstNonBlank(duracao, tempo);
    }

    /** The state as sent: {@code status}, else {@code estado}. */
    public String state() {
        return firstNonBlank(status, estado);
    }

    static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
