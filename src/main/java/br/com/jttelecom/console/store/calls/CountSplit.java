package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a filter into disjoint filters whose counts add up to the original's (see {@link CallPageQueries#count}),
 * each one a range of a single index: several statuses or directions into one status and one direction each, and
 * a team plus the calls of no user, when nothing else restricts but the period, into the team's calls and the
 * calls with {@code user_id} NULL.
 *
 * <p>Measured on 1,000,000 calls (30 days, a team of 5 of 40 agents, one call in four of no user): for
 * "(user_id IN team OR user_id IS NULL)" alone H2 reads every row of the period (470 ms), where the two halves
 * are counted from {@code ix_calls_user_start} alone (12 + 18 ms). With a status and a direction pinned the OR
 * stays: the composite index reads the range and checks it on each row (34 ms), while the half of no user on the
 * user index would fetch every unowned row of the period to check status and direction (550 ms).
 */
final class CountSplit {

    /** Beyond this many parts the single query is no worse (5 statuses × 3 directions = 15). */
    private static final int MAX_PARTS = 15;

    private CountSplit() {
    }

    static List<CallFilter> split(CallFilter f) {
        if (!onlyPeriodAndOwners(f)) {
            return byStatusAndDirection(f);
        }
        List<CallFilter> out = new ArrayList<>(2);
        if (!f.userIds().isEmpty()) {
            out.add(f.withUsers(f.userIds(), false));
        }
        out.add(f.withUsers(Set.of(), true));
        return out;
    }

    /** A team plus the calls of no user, and nothing but the period besides: both halves are user-index ranges. */
    private static boolean onlyPeriodAndOwners(CallFilter f) {
        return f.userIds() != null && f.orUnowned() && f.userId() == null && f.statuses().isEmpty()
                && f.directions().isEmpty() && f.leadId() == null && !hasText(f.extension()) && !hasText(f.phone())
                && f.minDuration() == null && f.maxDuration() == null && !hasText(f.notesText());
    }

    private static List<CallFilter> byStatusAndDirection(CallFilter f) {
        boolean narrowed = f.userId() != null || CallFilterSql.onlyOneUser(f) || f.leadId() != null
                || hasText(f.extension()) || hasText(f.phone());
        int parts = Math.max(1, f.statuses().size()) * Math.max(1, f.directions().size());
        if (narrowed || parts <= 1 || parts > MAX_PARTS || f.statuses().isEmpty() || f.directions().isEmpty()) {
            return List.of(f);
        }
        List<CallFilter> out = new ArrayList<>(parts);
        for (CallStatus s : f.statuses()) {
            for (Direction d : f.directions()) {
                out.add(f.withStatuses(s).withDirections(d));
            }
        }
        return out;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
