package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.model.Role;

import java.util.Objects;

/**
 * The role rules, checked inside the services (hiding a button is only a comfort): an agent
 * changes nothing of the administration and sees only their own calls; a supervisor may change
 * extensions, DIDs, pause reasons and operator links and sees their team (and their live board); only an admin changes
 * users and settings and reads the audit trail.
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return switch (permission) {
            case CHANGE_USERS, CHANGE_SETTINGS, VIEW_AUDIT -> role == Role.ADMIN;
            case CHANGE_EXTENSIONS, CHANGE_DIDS, CHANGE_PAUSE_REASONS, CHANGE_DISPOSITIONS, LINK_OPERATORS, VIEW_LIVE_BOARD ->
                    role != Role.AGENT;
        };
    }

    /** @throws PermissionDenied when nobody is signed in or the role lacks the permission */
    public static ConsoleUser require(Session session, Permission permission) {
        ConsoleUser user = session.requireUser();
        if (!allows(user.role(), permission)) {
            throw new PermissionDenied("permission.denied", roleName(user.role()), permission.description());
        }
        return user;
    }

    /** May the viewer see calls, recordings and stats owned by {@code owner}? */
    public static boolean canSeeActivityOf(ConsoleUser viewer, ConsoleUser owner) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case SUPERVISOR -> viewer.id() == owner.id()
                    || (viewer.teamId() != null && Objects.equals(viewer.teamId(), owner.teamId()));
            case AGENT -> viewer.id() == owner.id();
        };
    }

    /**
     * May the viewer see the calls no console user owns (a queue call abandoned before it reached anyone, a call
     * on an extension nobody is linked to)? A supervisor watches them with the team (they make the abandon rate,
     * TME and missed calls); an agent sees only their own calls.
     */
    public static boolean canSeeUnownedActivity(ConsoleUser viewer) {
        return viewer.role() != Role.AGENT;
    }

    /** @throws PermissionDenied when the signed-in user may not see the owner's calls */
    public static void requireActivityOf(Session session, ConsoleUser owner) {
        ConsoleUser viewer = session.requireUser();
        if (!canSeeActivityOf(viewer, owner)) {
            throw new PermissionDenied("permission.denied.activity", roleName(viewer.role()), owner.displayName());
        }
    }

    /**
     * May the actor dial from, or log in / pause, the extension or operator of {@code owner} ({@code null}:
     * linked to nobody)? An agent only their own, a supervisor also their team's, an admin anyone's.
     */
    public static boolean canActFor(ConsoleUser actor, ConsoleUser owner) {
        return owner == null ? actor.role() == Role.ADMIN : canSeeActivityOf(actor, owner);
    }

    /** @throws PermissionDenied when the signed-in user may not act for {@code owner} on {@code what} */
    public static ConsoleUser requireActingFor(Session session, ConsoleUser owner, Sentence what) {
        ConsoleUser actor = session.requireUser();
        if (!canActFor(actor, owner)) {
            throw owner == null ? new PermissionDenied("permission.denied.actUnlinked", roleName(actor.role()), what)
                    : new PermissionDenied("permission.denied.act", roleName(actor.role()), what, owner.displayName());
        }
        return actor;
    }

    /** The role's name, in the language it is said in. */
    public static Sentence roleName(Role role) {
        return Sentence.of("users.role." + role.name());
    }
}
