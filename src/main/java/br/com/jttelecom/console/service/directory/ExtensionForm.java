package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.service.InvalidFields;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** @throws InvalidFields naming every wrong field, by this record's component names */
    public ExtensionData toData(boolean creating) {
        Map<String, InvalidFields.Problem> problems = new LinkedHashMap<>();
        String numero = text(number);
        if (!numero.matches("\\d{2,8}")) {
            problems.put("number", InvalidFields.Problem.of("admin.extensions.error.number"));
        }
        if (text(name).isEmpty()) {
            problems.put("name", InvalidFields.Problem.of("admin.extensions.error.nameMissing"));
        } else if (text(name).length() > 64) {
            problems.put("name", InvalidFields.Problem.of("admin.extensions.error.nameLong"));
        }
        boolean hasPassword = sipPassword != null && !sipPassword.isEmpty();
        if (creating && !hasPassword) {
            problems.put("sipPassword", InvalidFields.Problem.of("admin.extensions.error.sipPasswordMissing"));
        } else if (hasPassword && sipPassword.length() < 8) {
            problems.put("sipPassword", InvalidFields.Problem.of("admin.extensions.error.sipPasswordShort"));
        }
        String tipo = text(type).isEmpty() ? "1" : text(type);
        if (!tipo.matches("[A-Za-z0-9_-]{1,16}")) {
            problems.put("type", InvalidFields.Problem.of("admin.extensions.error.type"));
        }
        if (!text(externalCallerId).isEmpty() && !text(externalCallerId).matches("\\d{8,13}")) {
            problems.put("externalCallerId", InvalidFields.Problem.of("admin.extensions.error.callerId"));
        }
        if (!text(areaCode).isEmpty() && !text(areaCode).matches("[1-9]\\d")) {
            problems.put("areaCode", InvalidFields.Problem.of("admin.extensions.error.areaCode"));
        }
        requireId(extensionGroup, "extensionGroup", "admin.extensions.error.group", problems);
        requireId(costCenter, "costCenter", "admin.extensions.error.costCenter", problems);
        requireId(dialPlanId, "dialPlanId", "admin.extensions.error.dialPlan", problems);
        String email = text(voicemailEmail);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("voicemailEmail", InvalidFields.Problem.of("admin.extensions.error.voicemailEmail"));
        }
        rule(forwardAll).problem().ifPresent(p -> problems.put("forwardAll", p));
        rule(forwardOffline).problem().ifPresent(p -> problems.put("forwardOffline", p));
        rule(forwardBusy).problem().ifPresent(p -> problems.put("forwardBusy", p));
        InvalidFields.throwIfAny(problems);
        ExtensionFlags f = flags == null ? ExtensionFlags.of(false, false) : flags;
        return new ExtensionData(null, tipo, text(name), numero, hasPassword ? sipPassword : null,
                blankToNull(externalCallerId), blankToNull(extensionGroup), blankToNull(costCenter),
                blankToNull(dialPlanId), blankToNull(areaCode), bit(f.pickUpCalls()), bit(f.timers()), bit(f.blf()),
                bit(f.listenIn()), bit(f.recordsCalls()), bit(f.blocked()), bit(f.twoFactor()), bit(f.voicemail()),
                blankToNull(email), rule(forwardAll).toWire(), rule(forwardOffline).toWire(), rule(forwardBusy).toWire());
    }

    private static void requireId(String value, String field, String key, Map<String, InvalidFields.Problem> problems) {
        if (!text(value).isEmpty() && !text(value).matches("\\d{1,9}")) {
            problems.put(field, InvalidFields.Problem.of(key));
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
