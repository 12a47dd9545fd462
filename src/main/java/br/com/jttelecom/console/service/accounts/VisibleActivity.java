package br.com.jttelecom.console.service.accounts;

import java.util.Set;

/**
 * Whose activity (calls, recordings, stats, live state) the signed-in person may see: everyone (an admin), or
 * the users of their team plus the calls that are nobody's (a supervisor), or themselves (an agent), with the
 * extensions and PBX operator ids those users work, for the data that only carries an extension or an operator.
 *
 * <p>A call is nobody's when no console user owns it: {@code user_id} NULL in the store (a queue call abandoned
 * before it reached anyone, a call on an extension nobody is linked to), and, in the PBX's own records that carry
 * only an extension, a call on no extension or on one that no console user works. Those are exactly the calls a
 * supervisor watches (abandon rate, TME, missed), so a supervisor sees them; an agent never does.
 *
 * @param userIds          console user ids, or {@code null} for everyone
 * @param extensions       the extensions linked to those users, or {@code null} for every extension
 * @param operatorIds      the PBX operator ids linked to those users, or {@code null} for every operator
 * @param includesUnowned  whether the calls of no console user are visible too
 * @param linkedExtensions every extension linked to any console user: a PBX record on another extension is
 *                         nobody's (read only when {@code includesUnowned}; {@code null} is taken as none)
 */
public record VisibleActivity(Set<Long> userIds, Set<String> extensions, Set<String> operatorIds,
                              boolean includesUnowned, Set<String> linkedExtensions) {

    private static final VisibleActivity ALL = new VisibleActivity(null, null, null, true, null);

    public VisibleActivity {
        userIds = userIds == null ? null : Set.copyOf(userIds);
        extensions = extensions == null ? null : Set.copyOf(extensions);
        operatorIds = operatorIds == null ? null : Set.copyOf(operatorIds);
        linkedExtensions = linkedExtensions == null ? Set.of() : Set.copyOf(linkedExtensions);
    }

    /** These users' activity only, nothing of nobody's (an agent's view). */
    public VisibleActivity(Set<Long> userIds, Set<String> extensions, Set<String> operatorIds) {
        this(userIds, extensions, operatorIds, false, Set.of());
    }

    public static VisibleActivity everyone() {
        return ALL;
    }

    /** These users' activity and every call that is nobody's (a supervisor's view). */
    public static VisibleActivity teamAndUnowned(Set<Long> userIds, Set<String> extensions, Set<String> operatorIds,
                                                 Set<String> linkedExtensions) {
        return new VisibleActivity(userIds, extensions, operatorIds, true, linkedExtensions);
    }

    public boolean isEveryone() {
        return userIds == null;
    }

    /** Whether this is one person's own activity and nothing else (an agent's view). */
    public boolean isOneUserOnly() {
        return userIds != null && userIds.size() == 1 && !includesUnowned;
    }

    /** A stored call's owner ({@code null}: nobody's, visible to an admin and to a supervisor). */
    public boolean includesUser(Long userId) {
        if (userIds == null) {
            return true;
        }
        return userId == null ? includesUnowned : userIds.contains(userId);
    }

    /**
     * A PBX record that carries only an extension (the live history, the calls in progress): one of the visible
     * users' extensions, or, for a viewer who sees nobody's calls, no extension or one linked to no console user.
     */
    public boolean includesCallOn(String extension) {
        if (includesExtension(extension)) {
            return true;
        }
        return includesUnowned && (extension == null || !linkedExtensions.contains(extension));
    }

    /** The extension is one the visible users work (an operator's own row on the board, not a call). */
    public boolean includesExtension(String extension) {
        return extensions == null || extension != null && extensions.contains(extension);
    }

    public boolean includesOperator(String operatorId) {
        return operatorIds == null || operatorId != null && operatorIds.contains(operatorId);
    }
}
