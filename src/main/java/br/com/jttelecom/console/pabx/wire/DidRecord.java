package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One DID (external number) of {@code listar_dids}. {@code registro_senha} is a secret, left out of {@link #toString()}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DidRecord(
        @JsonProperty("did_id") String didId,
        @JsonProperty("cliente_id") String clienteId,
        @JsonProperty("numero") String numero,
        @JsonProperty("apontar_para") String apontarPara,
        @JsonProperty("destino") String destino,
        @JsonProperty("gravar_chamadas") String gravarChamadas,
        @JsonProperty("maximo_chamadas_simultaneas") String maximoChamadasSimultaneas,
        @JsonProperty("habilitar_registro") String habilitarRegistro,
        @JsonProperty("registro_dominio") String registroDominio,
        @JsonProperty("registro_usuario") String registroUsuario,
        @JsonProperty("registro_senha") String registroSenha,
        @JsonProperty("habilitar_horario_funcionamento") String habilitarHorarioFuncionamento,
        @JsonProperty("horario_funcionamento_inicio") String horarioFuncionamentoInicio,
        @JsonProperty("horario_funcionamento_fim") String horarioFuncionamentoFim,
        @JsonProperty("horario_funcionamento_dias_semana") List<String> horarioFuncionamentoDiasSemana,
        @JsonProperty("horario_funcionamento_lista_feriados") List<String> horarioFuncionamentoListaFeriados) {

    @Override
    public String toString() {
        return "DidRecord[did_id=" + didId + ", cliente_id=" + clienteId + ", numero=" + numero
                + ", apontar_para=" + apontarPara + ", destino=" + destino + ", gravar_chamadas=" + gravarChamadas
                + ", habilitar_registro=" + habilitarRegistro + ", registro_usuario=" + registroUsuario
                + ", registro_senha=" + Secrets.mask(registroSenha) + "]";
    }
}
