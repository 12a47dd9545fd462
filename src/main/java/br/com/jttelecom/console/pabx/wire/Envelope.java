package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The PBX's answer around every list: {@code {"http_response_code", "mensagem", "qtd_total_resultados",
 * "qtd_resultados_retornados", "dados": [...]}}. Writes add {@code id} (insert) or {@code chamada_id} (dial).
 * All values are read as strings because the PBX mixes strings and numbers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Envelope<T>(
        @JsonProperty("http_response_code") String httpResponseCode,
        @JsonProperty("mensagem") String mensagem,
        @JsonProperty("qtd_total_resultados") String qtdTotalResultados,
        @JsonProperty("qtd_resultados_retornados") String qtdResultadosRetornados,
        @JsonProperty("dados") List<T> dados,
        @JsonProperty("id") String id,
        @JsonProperty("chamada_id") String chamadaId) {

    /** The body code as a number, or -1 when absent or not a number. */
    public int code() {
        return Numbers.parseIntOr(httpResponseCode, -1);
    }

    /** {@code qtd_total_resultados}, or -1 when absent or not a number. */
    public long total() {
        return Numbers.parseLongOr(qtdTotalResultados, -1);
    }

    /** The records, never null. */
    public List<T> records() {
        return dados == null ? List.of() : dados;
    }

    /** True when the body looked like an envelope at all (a code, a message or data). */
    public boolean hasEnvelope() {
        return httpResponseCode != null || dados != null || mensagem != null;
    }
}
