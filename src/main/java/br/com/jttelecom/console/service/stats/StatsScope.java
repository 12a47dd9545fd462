package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.service.accounts.VisibleActivity;
import java.util.HashSet;
import java.util.Set;

/**
 * Whose figures the stats count: calls by their console user, the operator timeline by its PBX operator id.
 * The stats never decide it; {@link Stats#limitedTo} narrows any scope asked for to what the signed-in person
 * may see (an agent their own, a supervisor their team's plus the calls of no user, an admin everyone's).
 *
 * @param userIds     the users whose calls count, or {@code null} for everyone
 * @param operatorIds the PBX operator ids whose state timeline counts, or {@code null} for every operator
 * @param orUnowned   with {@code userIds}: the calls of no console user count too (the queue calls that reached
 *                    nobody, which make a supervisor's abandon rate, TME and missed calls)
 */
public record StatsScope(Set<Long> userIds, Set<String> operatorIds, boolean orUnowned) {

    public StatsScope {
        userIds = userIds == null ? null : Set.copyOf(userIds);
        operatorIds = operatorIds == null ? null : Set.copyOf(operatorIds);
    }

    public static StatsScope all() {
        return new StatsScope(null, null, true);
    }

    /** These users' calls, and no operator timeline (use {@link #of} to add their operators). */
    public static StatsScope users(Set<Long> ids) {
        return new StatsScope(ids, Set.of(), false);
    }

    public static StatsScope of(Set<Long> userIds, Set<String> operatorIds) {
        return new StatsScope(userIds, operatorIds, false);
    }

    public boolean isAll() {
        return userIds == null && operatorIds == null;
    }

    /**
     * This scope cut down to what {@code visible} allows. The calls of no user stay in when both the scope and
     * the viewer take them: asking for everything gives a supervisor their team plus those calls, asking for
     * named users gives those users' calls only.
     */
    public StatsScope within(VisibleActivity visible) {
        if (visible.isEveryone()) {
            return this;
        }
        boolean unowned = (userIds == null || orUnowned) && visible.includesUnowned();
        return new StatsScope(intersect(userIds, visible.userIds()), intersect(operatorIds, visible.operatorIds()),
                unowned);
    }

    /** Whether an operator-session row counts. */
    boolean includesOperator(String operatorId) {
        return operatorIds == null || operatorIds.contains(operatorId);
    }

    private static <T> Set<T> intersect(Set<T> asked, Set<T> allowed) {
        if (asked == null) {
            return allowed;
        }
        if (allowed == null) {
            return asked;
        }
        Set<T> both = new HashSet<>(asked);
        both.retainAll(allowed);
        return both;
    }
}
