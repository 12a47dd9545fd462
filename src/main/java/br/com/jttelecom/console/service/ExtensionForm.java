package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.Forwarding;

import java.util.List;

/**
 * What the admin typed for an extension, validated before anything is sent to the PBX. The SIP
 * password is only used on the way out; it is never kept, logged or audited.
 */
public record ExtensionForm(String number, String name, String type, String sipPassword, String externalCallerId,
                            String areaCode, boolean recordsCalls, boolean blocked, String forwardType,
                            String forwardDestination) {

    /** Without a forwarding change (the PBX keeps what it has). */
    public ExtensionForm(String number, String name, String type, String sipPassword, String externalCallerId,
                         String areaCode, boolean recordsCalls, boolean blocked) {
        this(number, name, type, sipPassword, externalCallerId, areaCode, recordsCalls, blocked, null, null);
    }

    /** @throws InvalidInput with a pt-BR sentence for the first wrong field */
    public ExtensionData toData(boolean creating) {
        if (number == null || !number.trim().matches("\\d{2,8}")) {
            throw new InvalidInput("O número do ramal deve ter de 2 a 8 dígitos.");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInput("Informe o nome do ramal.");
        }
        if (externalCallerId != null && !externalCallerId.isBlank() && !externalCallerId.trim().matches("\\d{8,13}")) {
            throw new InvalidInput("O caller ID externo deve ter de 8 a 13 dígitos.");
        }
        if (areaCode != null && !areaCode.isBlank() && !areaCode.trim().matches("[1-9]\\d")) {
            throw new InvalidInput("O DDD deve ter 2 dígitos.");
        }
        boolean hasPassword = sipPassword != null && !sipPassword.isEmpty();
        if (creating && !hasPassword) {
            throw new InvalidInput("Informe a senha SIP do novo ramal.");
        }
        if (hasPassword && sipPassword.length() < 8) {
            throw new InvalidInput("A senha SIP deve ter ao menos 8 caracteres.");
        }
        Forwarding forwardAll = forwarding();
        String tipo = type == null || type.isBlank() ? "1" : type.trim();
        return new ExtensionData(null, tipo, name.trim(), number.trim(), hasPassword ? sipPassword : null,
                blankToNull(externalCallerId), null, null, null, blankToNull(areaCode),
                null, null, null, null, recordsCalls ? 1 : 0, blocked ? 1 : 0, null, null, null, forwardAll, null, null);
    }

    /** "Encaminhar todas as chamadas": 0 none, 1 extension, 8 external number, 9 voicemail. */
    private Forwarding forwarding() {
        if (forwardType == null || forwardType.isBlank()) {
            return null;
        }
        String dest = forwardDestination == null ? "" : forwardDestination.trim();
        return switch (forwardType.trim()) {
            case Forwarding.NONE -> Forwarding.none();
            case Forwarding.VOICEMAIL -> new Forwarding(Forwarding.VOICEMAIL, List.of(), List.of());
            case Forwarding.EXTENSION -> {
                if (!dest.matches("\\d{2,8}")) {
                    throw new InvalidInput("Informe o ramal de destino do encaminhamento (2 a 8 dígitos).");
                }
                yield new Forwarding(Forwarding.EXTENSION, List.of(dest), List.of());
            }
            case Forwarding.EXTERNAL -> {
                if (!dest.matches("\\d{10,13}")) {
                    throw new InvalidInput("Informe o número externo do encaminhamento com DDD (10 a 13 dígitos).");
                }
                yield new Forwarding(Forwarding.EXTERNAL, List.of(dest), List.of());
            }
            default -> throw new InvalidInput("Tipo de encaminhamento desconhecido.");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Never prints the SIP password. */
    @Override
    public String toString() {
        return "ExtensionForm[number=" + number + ", name=" + name + "]";
    }
}
