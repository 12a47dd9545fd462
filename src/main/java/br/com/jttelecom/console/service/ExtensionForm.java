package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.wire.ExtensionData;

/**
 * What the admin typed for an extension, validated before anything is sent to the PBX. The SIP
 * password is only used on the way out; it is never kept, logged or audited.
 */
public record ExtensionForm(String number, String name, String type, String sipPassword, String externalCallerId,
                            String areaCode, boolean recordsCalls, boolean blocked) {

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
        String tipo = type == null || type.isBlank() ? "1" : type.trim();
        return new ExtensionData(null, tipo, name.trim(), number.trim(), hasPassword ? sipPassword : null,
                blankToNull(externalCallerId), null, null, null, blankToNull(areaCode),
                null, null, null, null, recordsCalls ? 1 : 0, blocked ? 1 : 0, null, null, null, null, null, null);
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
