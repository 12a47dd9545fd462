package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.Forwarding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An extension with every field the PBX lists, by the PBX's own names, as plain text — except the
 * SIP and web passwords, which are left out here so no screen, log or export can show them.
 * {@code codigo_incorporacao} is an HTML snippet: it is only ever displayed as text.
 *
 * @param current the same values as an edit form starts with (no SIP password: it is never read back)
 */
public record ExtensionFields(Extension extension, Map<String, String> fields, ExtensionForm current) {

    static ExtensionFields of(ExtensionRecord r) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "ramal_id", r.ramalId());
        put(f, "numero", r.numero());
        put(f, "nome", r.nome());
        put(f, "tipo", r.tipo());
        put(f, "usuario_autenticacao", r.usuarioAutenticacao());
        put(f, "caller_id_externo", r.callerIdExterno());
        put(f, "grupo_ramais", r.grupoRamais());
        put(f, "centro_custo", r.centroCusto());
        put(f, "plano_discagem_id", r.planoDiscagemId());
        put(f, "grupo_musica_espera", r.grupoMusicaEspera());
        put(f, "puxar_chamadas", r.puxarChamadas());
        put(f, "habilitar_timers", r.habilitarTimers());
        put(f, "habilitar_blf", r.habilitarBlf());
        put(f, "escutar_chamadas", r.escutarChamadas());
        put(f, "gravar_chamadas", r.gravarChamadas());
        put(f, "bloquear_ramal", r.bloquearRamal());
        put(f, "habilitar_dupla_autenticacao", r.habilitarDuplaAutenticacao());
        put(f, "dupla_autenticacao_ip_permitido", r.duplaAutenticacaoIpPermitido());
        put(f, "dupla_autenticacao_mascara", r.duplaAutenticacaoMascara());
        put(f, "codigo_area", r.codigoArea());
        put(f, "codigo_incorporacao", r.codigoIncorporacao());
        put(f, "encaminhar_todas_chamadas", forwarding(r.encaminharTodasChamadas()));
        put(f, "encaminhar_offline_sem_atendimento", forwarding(r.encaminharOfflineSemAtendimento()));
        put(f, "encaminhar_ocupado_indisponivel", forwarding(r.encaminharOcupadoIndisponivel()));
        put(f, "habilitar_caixa_postal", r.habilitarCaixaPostal());
        put(f, "caixa_postal_email", r.caixaPostalEmail());
        return new ExtensionFields(DirectoryMapper.toExtension(r), Collections.unmodifiableMap(f), form(r));
    }

    private static ExtensionForm form(ExtensionRecord r) {
        ExtensionFlags flags = new ExtensionFlags(on(r.puxarChamadas()), on(r.habilitarTimers()), on(r.habilitarBlf()),
                on(r.escutarChamadas()), on(r.gravarChamadas()), on(r.bloquearRamal()),
                on(r.habilitarDuplaAutenticacao()), on(r.habilitarCaixaPostal()));
        return new ExtensionForm(r.numero(), r.nome(), r.tipo(), null, r.callerIdExterno(), r.codigoArea(),
                r.grupoRamais(), r.centroCusto(), r.planoDiscagemId(), flags, r.caixaPostalEmail(),
                ForwardRule.of(r.encaminharTodasChamadas()), ForwardRule.of(r.encaminharOfflineSemAtendimento()),
                ForwardRule.of(r.encaminharOcupadoIndisponivel()));
    }

    private static boolean on(String flag) {
        return "1".equals(flag == null ? null : flag.trim());
    }

    private static void put(Map<String, String> f, String key, String value) {
        f.put(key, value == null ? "" : value);
    }

    private static String forwarding(Forwarding w) {
        if (w == null || w.encaminhamentoTipo() == null) {
            return "";
        }
        String kind = switch (w.encaminhamentoTipo()) {
            case Forwarding.NONE -> "não encaminha";
            case Forwarding.EXTENSION -> "ramal";
            case Forwarding.EXTERNAL -> "número externo";
            case Forwarding.VOICEMAIL -> "caixa postal";
            default -> w.encaminhamentoTipo();
        };
        return w.encaminhamentoDestino() == null || w.encaminhamentoDestino().isEmpty()
                ? kind : kind + " " + String.join(", ", w.encaminhamentoDestino());
    }
}
