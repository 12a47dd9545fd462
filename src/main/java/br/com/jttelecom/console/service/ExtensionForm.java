package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.wire.ExtensionData;

/**
 * What the admin typed for an extension — every field {@code inserir_ramal} / {@code alterar_ramal}
 * take — validated before anything is sent to the PBX. The SIP password is only used on the way out;
 * it is never kept, logged or audited.
 *
 * @param type           the PBX's extension type ({@code tipo}, "1" when empty)
 * @param extensionGroup {@code grupo_ramais}, @param costCenter {@code centro_custo},
 * @param dialPlanId     {@code plano_discagem_id}: the PBX's ids, digits, empty to leave as is
 * @param voicemailEmail {@code caixa_postal_email}, where voicemails are sent
 */
public record ExtensionForm(String number, String name, String type, String sipPassword, String externalCallerId,
                            String areaCode, String extensionGroup, String costCenter, String dialPlanId,
                            ExtensionFlags flags, String voicemailEmail, ForwardRule forwardAll,
                            ForwardRule forwardOffline, ForwardRule forwardBusy) {

    /** The shorter form (the local API's): options other than recording and blocking off, forwarding kept. */
    public ExtensionForm(String number, String name, String type, String sipPassword, String externalCallerId,
                         String areaCode, boolean recordsCalls, boolean blocked) {
        this(number, name, type, sipPassword, externalCallerId, areaCode, null, null, null,
                ExtensionFlags.of(recordsCalls, blocked), null, ForwardRule.KEEP, ForwardRule.KEEP, ForwardRule.KEEP);
    }

    /** @throws InvalidInput with a pt-BR sentence for the first wrong field */
    public ExtensionData toData(boolean creating) {
        String numero = text(number);
        if (!numero.matches("\\d{2,8}")) {
            throw new InvalidInput("O número do ramal deve ter de 2 a 8 dígitos.");
        }
        if (text(name).isEmpty()) {
            throw new InvalidInput("Informe o nome do ramal.");
        }
        if (text(name).length() > 64) {
            throw new InvalidInput("O nome do ramal deve ter até 64 caracteres.");
        }
        String tipo = text(type).isEmpty() ? "1" : text(type);
        if (!tipo.matches("[A-Za-z0-9_-]{1,16}")) {
            throw new InvalidInput("O tipo do ramal deve ter até 16 letras ou dígitos (ex.: 1).");
        }
        if (!text(externalCallerId).isEmpty() && !text(externalCallerId).matches("\\d{8,13}")) {
            throw new InvalidInput("O caller ID externo deve ter de 8 a 13 dígitos.");
        }
        if (!text(areaCode).isEmpty() && !text(areaCode).matches("[1-9]\\d")) {
            throw new InvalidInput("O DDD deve ter 2 dígitos.");
        }
        requireId(extensionGroup, "O grupo de ramais");
        requireId(costCenter, "O centro de custo");
        requireId(dialPlanId, "O plano de discagem");
        boolean hasPassword = sipPassword != null && !sipPassword.isEmpty();
        if (creating && !hasPassword) {
            throw new InvalidInput("Informe a senha SIP do novo ramal.");
        }
        if (hasPassword && sipPassword.length() < 8) {
            throw new InvalidInput("A senha SIP deve ter ao menos 8 caracteres.");
        }
        String email = text(voicemailEmail);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("Informe um e-mail válido para a caixa postal.");
        }
        ExtensionFlags f = flags == null ? ExtensionFlags.of(false, false) : flags;
        return new ExtensionData(null, tipo, text(name), numero, hasPassword ? sipPassword : null,
                blankToNull(externalCallerId), blankToNull(extensionGroup), blankToNull(costCenter),
                blankToNull(dialPlanId), blankToNull(areaCode), bit(f.pickUpCalls()), bit(f.timers()), bit(f.blf()),
                bit(f.listenIn()), bit(f.recordsCalls()), bit(f.blocked()), bit(f.twoFactor()), bit(f.voicemail()),
                blankToNull(email), rule(forwardAll).toWire("Encaminhar todas as chamadas"),
                rule(forwardOffline).toWire("Encaminhar se offline ou sem atendimento"),
                rule(forwardBusy).toWire("Encaminhar se ocupado ou indisponível"));
    }

    private static void requireId(String value, String what) {
        if (!text(value).isEmpty() && !text(value).matches("\\d{1,9}")) {
            throw new InvalidInput(what + " deve ser o número (id) do PABX.");
        }
    }

    private static ForwardRule rule(ForwardRule r) {
        return r == null ? ForwardRule.KEEP : r;
    }

    private static Integer bit(boolean on) {
        return on ? 1 : 0;
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
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
