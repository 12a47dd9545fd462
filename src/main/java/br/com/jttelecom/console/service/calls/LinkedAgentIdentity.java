package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.UserRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person's extension and PBX operator, from the links an admin made (Ramais:
 * extension ↔ user; Operadores: PBX person ↔ user). Without a link, the settings' {@code agent.extension}
 * / {@code agent.operator.id} are used and a sentence says so, so nobody dials from someone else's
 * extension without knowing.
 */
public final class LinkedAgentIdentity implements AgentIdentity {

    private final Session session;
    private final ExtensionLinkRepository extensions;
    private final UserRepository users;
    private final AgentSettings fallback;

    public LinkedAgentIdentity(Session session, ExtensionLinkRepository extensions, UserRepository users,
                               AgentSettings fallback) {
        this.session = Objects.requireNonNull(session);
        this.extensions = Objects.requireNonNull(extensions);
        this.users = Objects.requireNonNull(users);
        this.fallback = Objects.requireNonNull(fallback);
    }

    @Override
    public String extension() {
        return linkedExtension().orElseGet(fallback::extension);
    }

    @Override
    public String operatorId() {
        return linkedOperator().orElseGet(fallback::operatorId);
    }

    @Override
    public Long userId() {
        return session.user().map(ConsoleUser::id).orElse(null);
    }

    @Override
    public Optional<Localized> extensionNotice() {
        if (linkedExtension().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Sentence.of("agent.notice.extension", fallback.extension(), AgentSettings.EXTENSION));
    }

    @Override
    public Optional<Localized> operatorNotice() {
        if (linkedOperator().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Sentence.of("agent.notice.operator", fallback.operatorId(), AgentSettings.OPERATOR_ID));
    }

    private Optional<String> linkedExtension() {
        return session.user().flatMap(u -> extensions.extensionOf(u.id()));
    }

    private Optional<String> linkedOperator() {
        return session.user().flatMap(u -> users.operatorOf(u.id()));
    }
}
