package br.com.jttelecom.console.service;

import java.util.Set;

/**
 * Whose activity (calls, recordings, stats, live state) the signed-in person may see: everyone (an admin), or
 * the users of their team (a supervisor) or themselves (an agent), with the extensions and PBX operator ids
 * those users work, for the data that only carries an extension or an operator.
 *
 * @param userIds     console user ids, or {@code null} for everyone
 * @param extensions  the extensions linked to those users, or {@code null} for every extension
 * @param operatorIds the PBX operator ids linked to those users, or {@code null} for every operator
 */
public record VisibleActivity(Set<Long> userIds, Set<String> extensions, Set<String> operatorIds) {

    private static final VisibleActivity ALL = new VisibleActivity(null, null, null);

    public VisibleActivity {
        userIds = userIds == null ? null : Set.copyOf(userIds);
        extensions = extensions == null ? null : Set.copyOf(extensions);
        operatorIds = operatorIds == null ? null : Set.copyOf(operatorIds);
    }

    public static VisibleActivity everyone() {
        return ALL;
    }

    public boolean isEveryone() {
        return userIds == null;
    }

    /** A call with no console user (an extension nobody is linked to) is an admin's only. */
    public boolean includesUser(Long userId) {
        return userIds == null || userId != null && userIds.contains(userId);
    }

    public boolean includesExtension(String extension) {
        return extensions == null || extension != null && extensions.contains(extension);
    }

    public boolean includesOperator(String operatorId) {
        return operatorIds == null || operatorId != null && operatorIds.contains(operatorId);
    }
}
