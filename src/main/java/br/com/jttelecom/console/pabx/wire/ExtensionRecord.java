package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One extension (ramal) of {@code listar_ramais}; all values strings, flags "0"/"1". It carries the SIP
 * and web passwords: {@link #toString()} leaves them out, and nothing else in the console may show them.
 * {@code codigo_incorporacao} is an HTML snippet: never render it as HTML.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtensionRecord(
        @JsonProperty("ramal_id") String ramalId,
        @JsonProperty("cliente_id") String clienteId,
        @JsonProperty("nome") String nome,
        @JsonProperty("tipo") String tipo,
        @JsonProperty("numero") String numero,
        @JsonProperty("usuario_autenticacao") String usuarioAutenticacao,
        @JsonProperty("senha_sip") String senhaSip,
        @JsonProperty("senha_web") String senhaWeb,
        @JsonProperty("caller_id_externo") String callerIdExterno,
        @JsonProperty("grupo_ramais") String grupoRamais,
        @JsonProperty("centro_custo") String centroCusto,
        @JsonProperty("plano_discagem_id") String planoDiscagemId,
        @JsonProperty("grupo_musica_espera") String grupoMusicaEspera,
        @JsonProperty("puxar_chamadas") String puxarChamadas,
        @JsonProperty("habilitar_timers") String habilitarTimers,
        @JsonProperty("habilitar_blf") String habilitarBlf,
        @JsonProperty("escutar_chamadas") String escutarChamadas,
        @JsonProperty("gravar_chamadas") String gravarChamadas,
        @JsonProperty("bloquear_ramal") String bloquearRamal,
        @JsonProperty("habilitar_dupla_autenticacao") String habilitarDuplaAutenticacao,
        @JsonProperty("codigo_area") String codigoArea,
        @JsonProperty("codigo_incorporacao") String codigoIncorporacao,
        @JsonProperty("dupla_autenticacao_ip_permitido") String duplaAutenticacaoIpPermitido,
        @JsonProperty("dupla_autenticacao_mascara") String duplaAutenticacaoMascara,
        @JsonProperty("encaminhar_todas_chamadas") Forwarding encaminharTodasChamadas,
        @JsonProperty("encaminhar_offline_sem_atendimento") Forwarding encaminharOfflineSemAtendimento,
        @JsonProperty("encaminhar_ocupado_indisponivel") Forwarding encaminharOcupadoIndisponivel,
        @JsonProperty("habilitar_caixa_postal") String habilitarCaixaPostal,
        @JsonProperty("caixa_postal_email") String caixaPostalEmail) {

    @Override
    public String toString() {
        return "ExtensionRecord[ramal_id=" + ramalId + ", cliente_id=" + clienteId + ", nome=" + nome
                + ", tipo=" + tipo + ", numero=" + numero + ", usuario_autenticacao=" + usuarioAutenticacao
                + ", senha_sip=" + Secrets.mask(senhaSip) + ", senha_web=" + Secrets.mask(senhaWeb)
                + ", caller_id_externo=" + callerIdExterno + ", codigo_area=" + codigoArea
                + ", gravar_chamadas=" + gravarChamadas + ", bloquear_ramal=" + bloquearRamal + "]";
    }
}
