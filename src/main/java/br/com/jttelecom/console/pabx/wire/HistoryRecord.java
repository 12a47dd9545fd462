package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One call detail record of {@code listar_historico_chamada}, newer and older servers' fields together.
 * Every value is kept as the PBX sent it (as text); {@code link_gravacao} arrives as a string or a list
 * and is read as its first non-empty entry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryRecord(
        @JsonProperty("chamada_id") String chamadaId,
        @JsonProperty("cdr_id") String cdrId,
        @JsonProperty("data") String data,
        @JsonProperty("cliente_nome") String clienteNome,
        @JsonProperty("cliente_id") String clienteId,
        @JsonProperty("regiao_id") String regiaoId,
        @JsonProperty("origem") String origem,
        @JsonProperty("destino") String destino,
        @JsonProperty("operador") String operador,
        @JsonProperty("status") String status,
        @JsonProperty("status_descricao") String statusDescricao,
        @JsonProperty("duracao") String duracao,
        @JsonProperty("duracao_chamada") String duracaoChamada,
        @JsonProperty("duracao_real") String duracaoReal,
        @JsonProperty("tempo_espera_total_filas") String tempoEsperaTotalFilas,
        @JsonProperty("tempo_operador_total_filas") String tempoOperadorTotalFilas,
        @JsonProperty("motivo_deligamento") String motivoDeligamento,
        @JsonProperty("motivo_desligamento") String motivoDesligamento,
        @JsonProperty("link_gravacao") String linkGravacao,
        @JsonProperty("sip_code") String sipCode,
        @JsonProperty("transcricao") String transcricao,
        @JsonProperty("resumo") String resumo,
        @JsonProperty("recurso") String recurso,
        @JsonProperty("preco") String preco,
        @JsonProperty("campanha") String campanha,
        @JsonProperty("amd") String amd,
        @JsonProperty("protocolo_atendimento") String protocoloAtendimento,
        @JsonProperty("centro_de_custo") String centroDeCusto,
        @JsonProperty("nome_ultima_fila") String nomeUltimaFila) {

    /** The hang-up reason under either spelling ({@code motivo_deligamento} is what servers send). */
    public String hangupReason() {
        return motivoDeligamento != null && !motivoDeligamento.isBlank() ? motivoDeligamento : motivoDesligamento;
    }

    /** The call id: {@code chamada_id}, or {@code cdr_id} on older servers. */
    public String callId() {
        return chamadaId != null && !chamadaId.isBlank() ? chamadaId : cdrId;
    }
}
