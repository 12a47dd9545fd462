package br.com.jttelecom.console.service;

import java.util.Set;

/**
 * Whose calls the stats count: everyone's, or a set of user ids. Role scoping plugs in here (an agent
 * gets their own id, a supervisor their team's, an admin {@link #all()}); the stats never decide it.
 *
 * @param userIds the users, or {@code null} for everyone
 */
public record StatsScope(Set<Long> userIds) {

    public StatsScope {
        userIds = userIds == null ? null : Set.copyOf(userIds);
    }

    public static StatsScope all() {
        return new StatsScope(null);
    }

    public static StatsScope users(Set<Long> ids) {
        return new StatsScope(ids);
    }

    public boolean isAll() {
        return userIds == null;
    }

    /** Whether an operator-session row counts: its operator id is compared with the user ids as text. */
    boolean includesOperator(String operatorId) {
        return userIds == null || userIds.stream().anyMatch(id -> String.valueOf(id).equals(operatorId));
    }
}
