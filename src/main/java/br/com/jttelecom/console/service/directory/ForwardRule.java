package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.pabx.wire.Forwarding;
import br.com.jttelecom.console.service.InvalidFields;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** What is wrong with the rule as typed, if anything. */
    Optional<InvalidFields.Problem> problem() {
        if (keeps()) {
            return Optional.empty();
        }
        String dest = trimmedDestination();
        return switch (type.trim()) {
            case Forwarding.NONE, Forwarding.VOICEMAIL -> Optional.empty();
            case Forwarding.EXTENSION -> dest.matches("\\d{2,8}") ? Optional.empty()
                    : Optional.of(InvalidFields.Problem.of("admin.extensions.error.forwardExtension"));
            case Forwarding.EXTERNAL -> dest.matches("\\d{10,13}") ? Optional.empty()
                    : Optional.of(InvalidFields.Problem.of("admin.extensions.error.forwardExternal"));
            default -> Optional.of(InvalidFields.Problem.of("admin.extensions.error.forwardType"));
        };
    }

    /**
     * @return the wire object, or null to keep the PBX's rule
     * @throws InvalidFields when {@link #problem()} has one (the form checks first)
     */
    Forwarding toWire() {
        problem().ifPresent(p -> {
            throw new InvalidFields(Map.of("forward", p));
        });
        if (keeps()) {
            return null;
        }
        return switch (type.trim()) {
            case Forwarding.NONE -> Forwarding.none();
            case Forwarding.VOICEMAIL -> new Forwarding(Forwarding.VOICEMAIL, List.of(), List.of());
            default -> new Forwarding(type.trim(), List.of(trimmedDestination()), List.of());
        };
    }

    private String trimmedDestination() {
        return destination == null ? "" : destination.trim();
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
