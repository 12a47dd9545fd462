package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.i18n.Localized;
import java.util.Optional;

/**
 * Who the agent is at the PBX: the extension that rings on a click-to-call and the operator id of the
 * queue actions. {@link LinkedAgentIdentity} answers from the signed-in user's links (Ramais and
 * Operadores pages); {@link AgentSettings} is the settings' fallback for a user with no link.
 * Asked on the caller's thread, at the moment of the action: a request of the local API is answered
 * for the person who sent it.
 */
public interface AgentIdentity {

    /** The extension's plain number ({@code 201}). */
    String extension();

    /** The PBX operator id ({@code operador_id}). */
    String operatorId();

    /** The console user, or null when nobody is signed in. */
    Long userId();

    /** A sentence for the person when the extension is the settings' fallback (no link); empty otherwise. */
    default Optional<Localized> extensionNotice() {
        return Optional.empty();
    }

    /** A sentence for the person when the operator id is the settings' fallback (no link); empty otherwise. */
    default Optional<Localized> operatorNotice() {
        return Optional.empty();
    }

    /**
     * The key of the operator timeline ({@code operator_session.operator_id}): the console user's id as
     * text, which is what the stats scope by, or the operator id when nobody is signed in.
     */
    default String timelineId() {
        Long user = userId();
        return user == null ? operatorId() : user.toString();
    }

    /**
     * What this identity answers now, kept: a signed-in session works its own extension and operator to its end,
     * whoever signs in after it.
     */
    default AgentIdentity fixedNow() {
        return new Snapshot(extension(), operatorId(), userId(), extensionNotice(), operatorNotice());
    }

    /** An identity taken once ({@link #fixedNow}). */
    record Snapshot(String extension, String operatorId, Long userId, Optional<Localized> extensionNotice,
                 Optional<Localized> operatorNotice) implements AgentIdentity {
    }
}
