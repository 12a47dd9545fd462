package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.UserRepository;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out, at each query, what the signed-in person may see ({@link Permissions#canSeeActivityOf},
 * {@link Permissions#canSeeUnownedActivity}): an admin everyone, a supervisor their team and the calls that are
 * nobody's, an agent themselves. The history, the recordings, the exports, the stats,
 * "Direto do PABX" and the live board all ask here, so hiding a page is never the only guard. Asked on the
 * request's own thread, so the local API's {@link Session#callAs} applies.
 */
public final class ActivityVisibility {

    private final Session session;
    private final UserRepository users;
    private final ExtensionLinkRepository extensions;

    public ActivityVisibility(Session session, UserRepository users, ExtensionLinkRepository extensions) {
        this.session = Objects.requireNonNull(session, "session");
        this.users = Objects.requireNonNull(users, "users");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
    }

    /** @throws PermissionDenied when nobody is signed in */
    public VisibleActivity current() {
        ConsoleUser viewer = session.requireUser();
        if (viewer.role() == Role.ADMIN) {
            return VisibleActivity.everyone();
        }
        Set<Long> ids = users.all().stream().map(Accounts::toUser)
                .filter(owner -> Permissions.canSeeActivityOf(viewer, owner))
                .map(ConsoleUser::id).collect(Collectors.toSet());
        Map<String, Long> extensionOwners = extensions.all();
        Set<String> ownExtensions = linkedTo(extensionOwners, ids);
        Set<String> ownOperators = linkedTo(users.operatorLinks(), ids);
        return Permissions.canSeeUnownedActivity(viewer)
                ? VisibleActivity.teamAndUnowned(ids, ownExtensions, ownOperators, extensionOwners.keySet())
                : new VisibleActivity(ids, ownExtensions, ownOperators);
    }

    /** Every PBX operator linked to a console user, with that user's name: the stats name operators by it. */
    public java.util.List<LinkedOperator> linkedOperators() {
        Map<Long, String> names = users.all().stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.displayName(), (a, b) -> a));
        return users.operatorLinks().entrySet().stream()
                .map(e -> new LinkedOperator(e.getKey(), e.getValue(), names.getOrDefault(e.getValue(), e.getKey())))
                .toList();
    }

    private static Set<String> linkedTo(Map<String, Long> byKey, Set<Long> ids) {
        return byKey.entrySet().stream().filter(e -> ids.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
