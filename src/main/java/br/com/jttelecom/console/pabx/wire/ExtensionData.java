package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code dados} of {@code inserir_ramal} / {@code alterar_ramal} (flags as integers 0/1, as the PBX
 * takes them). {@code ramal_id} is only set for {@code alterar_ramal}. Null fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionData(
        @JsonProperty("ramal_id") String ramalId,
        @JsonProperty("tipo") String tipo,
        @JsonProperty("nome") String nome,
        @JsonProperty("numero") String numero,
        @JsonProperty("senha_sip") String senhaSip,
        @JsonProperty("caller_id_externo") String callerIdExterno,
        @JsonProperty("grupo_ramais") String grupoRamais,
        @JsonProperty("centro_custo") String centroCusto,
        @JsonProperty("plano_discagem_id") String planoDiscagemId,
        @JsonProperty("codigo_area") String codigoArea,
        @JsonProperty("puxar_chamadas") Integer puxarChamadas,
        @JsonProperty("habilitar_timers") Integer habilitarTimers,
        @JsonProperty("habilitar_blf") Integer habilitarBlf,
        @JsonProperty("escutar_chamadas") Integer escutarChamadas,
        @JsonProperty("gravar_chamadas") Integer gravarChamadas,
        @JsonProperty("bloquear_ramal") Integer bloquearRamal,
        @JsonProperty("habilitar_dupla_autenticacao") Integer habilitarDuplaAutenticacao,
        @JsonProperty("habilitar_caixa_postal") Integer habilitarCaixaPostal,
        @JsonProperty("caixa_postal_email") String caixaPostalEmail,
        @JsonProperty("encaminhar_todas_chamadas") Forwarding encaminharTodasChamadas,
        @JsonProperty("encaminhar_offline_sem_atendimento") Forwarding encaminharOfflineSemAtendimento,
        @JsonProperty("encaminhar_ocupado_indisponivel") Forwarding encaminharOcupadoIndisponivel) {

    /** A minimal new extension: type, name, number and SIP password; everything else left to the PBX. */
    public static ExtensionData basic(String tipo, String nome, String numero, String senhaSip) {
        return new ExtensionData(null, tipo, nome, numero, senhaSip, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same payload aimed at an existing extension, for {@code alterar_ramal}. */
    public ExtensionData withRamalId(String id) {
        return new ExtensionData(id, tipo, nome, numero, senhaSip, callerIdExterno, grupoRamais, centroCusto,
                planoDiscagemId, codigoArea, puxarChamadas, habilitarTimers, habilitarBlf, escutarChamadas,
                gravarChamadas, bloquearRamal, habilitarDuplaAutenticacao, habilitarCaixaPostal, caixaPostalEmail,
                encaminharTodasChamadas, encaminharOfflineSemAtendimento, encaminharOcupadoIndisponivel);
    }

    @Override
    public String toString() {
        return "ExtensionData[ramal_id=" + ramalId + ", tipo=" + tipo + ", nome=" + nome + ", numero=" + numero
                + ", senha_sip=" + Secrets.mask(senhaSip) + ", caller_id_externo=" + callerIdExterno + "]";
    }
}
