package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The {@code dados} of {@code inserir_did} / {@code alterar_did} (ASSUMED to follow the extension pattern). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DidData(
        @JsonProperty("did_id") String didId,
        @JsonProperty("numero") String numero,
        @JsonProperty("apontar_para") String apontarPara,
        @JsonProperty("destino") String destino,
        @JsonProperty("gravar_chamadas") Integer gravarChamadas,
        @JsonProperty("maximo_chamadas_simultaneas") Integer maximoChamadasSimultaneas,
        @JsonProperty("habilitar_registro") Integer habilitarRegistro,
        @JsonProperty("registro_dominio") String registroDominio,
        @JsonProperty("registro_usuario") String registroUsuario,
        @JsonProperty("registro_senha") String registroSenha,
        @JsonProperty("habilitar_horario_funcionamento") Integer habilitarHorarioFuncionamento,
        @JsonProperty("horario_funcionamento_inicio") String horarioFuncionamentoInicio,
        @JsonProperty("horario_funcionamento_fim") String horarioFuncionamentoFim,
        @JsonProperty("horario_funcionamento_dias_semana") List<String> horarioFuncionamentoDiasSemana,
        @JsonProperty("horario_funcionamento_lista_feriados") List<String> horarioFuncionamentoListaFeriados) {

    /** A DID that points somewhere, nothing else set. */
    public static DidData pointing(String numero, String apontarPara, String destino) {
        return new DidData(null, numero, apontarPara, destino, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public DidData withDidId(String id) {
        return new DidData(id, numero, apontarPara, destino, gravarChamadas, maximoChamadasSimultaneas,
                habilitarRegistro, registroDominio, registroUsuario, registroSenha, habilitarHorarioFuncionamento,
                horarioFuncionamentoInicio, horarioFuncionamentoFim, horarioFuncionamentoDiasSemana,
                horarioFuncionamentoListaFeriados);
    }

    @Override
    public String toString() {
        return "DidData[did_id=" + didId + ", numero=" + numero + ", apontar_para=" + apontarPara
                + ", destino=" + destino + ", registro_senha=" + Secrets.mask(registroSenha) + "]";
    }
}
