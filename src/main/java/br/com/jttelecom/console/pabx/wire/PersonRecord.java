package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One person/operator of {@code listar_pessoas}. Field names are ASSUMED (the action is undocumented):
 * {@code status} ({@code deslogado}/{@code disponivel}/{@code pausado} in the simulator), {@code motivo_pausa}
 * and {@code em_chamada} ({@code "0"}/{@code "1"}) are read when they come and ignored when they do not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonRecord(
        @JsonProperty("pessoa_id") String pessoaId,
        @JsonProperty("operador_id") String operadorId,
        @JsonProperty("nome") String nome,
        @JsonProperty("ramal") String ramal,
        @JsonProperty("status") String status,
        @JsonProperty("email") String email,
        @JsonProperty("motivo_pausa") String motivoPausa,
        @JsonProperty("em_chamada") String emChamada) {

    /** The id to use in operator actions: {@code operador_id}, else {@code pessoa_id}. */
    public String id() {
        return OnlineCallRecord.firstNonBlank(operadorId, pessoaId);
    }
}
