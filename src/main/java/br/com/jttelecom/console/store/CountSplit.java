package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a filter into disjoint filters whose counts add up to the original's (see {@link CallRepository#count}),
 * each one a range of a single index: a team plus the calls of no user into the team's calls and the calls
 * with {@code user_id} NULL (H2 seeks the user index for either, but for their OR reads the whole period), and
 * several statuses or directions into one status and one direction each.
 */
final class CountSplit {

    /** Beyond this many parts the single query is no worse (5 statuses × 3 directions = 15). */
    private static final int MAX_PARTS = 15;

    private CountSplit() {
    }

    static List<CallFilter> split(CallFilter f) {
        if (f.userIds() == null || !f.orUnowned() || f.userId() != null) { // one user: its index finds them
            return byStatusAndDirection(f);
        }
        List<CallFilter> out = new ArrayList<>();
        if (!f.userIds().isEmpty()) {
            out.addAll(byStatusAndDirection(f.withUsers(f.userIds(), false)));
        }
        out.addAll(byStatusAndDirection(f.withUsers(Set.of(), true)));
        return out;
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
