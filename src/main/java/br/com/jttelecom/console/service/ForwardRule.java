package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.wire.Forwarding;

import java.util.List;

/**
 * One of an extension's three forwarding rules as typed: the type ({@code ""} keeps what the PBX has,
 * 0 none, 1 extension, 8 external number, 9 voicemail) and the destination it needs.
 */
public record ForwardRule(String type, String destination) {

    /** Leaves the PBX's rule as it is. */
    public static final ForwardRule KEEP = new ForwardRule("", "");

    public boolean keeps() {
        return type == null || type.isBlank();
    }

    /**
     * @param which the rule's name for the message ("Encaminhar todas as chamadas")
     * @return the wire object, or null to keep the PBX's rule
     * @throws InvalidInput naming the rule and what is wrong
     */
    Forwarding toWire(String which) {
        if (keeps()) {
            return null;
        }
        String dest = destination == null ? "" : destination.trim();
        return switch (type.trim()) {
            case Forwarding.NONE -> Forwarding.none();
            case Forwarding.VOICEMAIL -> new Forwarding(Forwarding.VOICEMAIL, List.of(), List.of());
            case Forwarding.EXTENSION -> {
                if (!dest.matches("\\d{2,8}")) {
                    throw new InvalidInput(which + ": informe o ramal de destino do encaminhamento (2 a 8 dígitos).");
                }
                yield new Forwarding(Forwarding.EXTENSION, List.of(dest), List.of());
            }
            case Forwarding.EXTERNAL -> {
                if (!dest.matches("\\d{10,13}")) {
                    throw new InvalidInput(which + ": informe o número externo do encaminhamento com DDD (10 a 13 dígitos).");
                }
                yield new Forwarding(Forwarding.EXTERNAL, List.of(dest), List.of());
            }
            default -> throw new InvalidInput(which + ": tipo de encaminhamento desconhecido.");
        };
    }

    /** The PBX's rule as the form shows it. */
    static ForwardRule of(Forwarding w) {
        if (w == null || w.encaminhamentoTipo() == null) {
            return KEEP;
        }
        List<String> dest = w.encaminhamentoDestino() == null ? List.of() : w.encaminhamentoDestino();
        return new ForwardRule(w.encaminhamentoTipo(), dest.isEmpty() ? "" : dest.get(0));
    }
}
