package br.com.jttelecom.console.service.sync;

/**
 * What kept a sync run from being exact, or what it had to work around; all zero for a clean run.
 *
 * @param reread       windows read again because their total changed while they were paged
 * @param inexact      windows still changing after the last read allowed: stored as they were
 * @param reconciled   days compared with the PBX's totals
 * @param refetched    of those, days fetched again because the store held fewer calls than the PBX lists
 * @param unresolved   days that still differ after that
 * @param serverErrors history requests answered with a server error (5xx, an HTML page, a cut body), retried
 * @param rateLimited  history requests answered 429, retried after the pause the PBX asked for
 */
public record SyncIssues(int reread, int inexact, int reconciled, int refetched, int unresolved, long serverErrors,
                         long rateLimited) {

    public static final SyncIssues NONE = new SyncIssues(0, 0, 0, 0, 0, 0, 0);

    /** Whether the stored history may differ from the PBX's after this run. */
    public boolean degraded() {
        return inexact > 0 || unresolved > 0;
    }

    /** One line for logs and the health check (English, counts only, no numbers or ids). */
    public String summary() {
        StringBuilder b = new StringBuilder();
        append(b, inexact, "window(s) kept changing while read");
        append(b, unresolved, "day(s) still differ from the PBX's totals");
        append(b, reread, "window(s) read again");
        append(b, refetched, "day(s) fetched again by the reconciliation");
        append(b, (int) Math.min(Integer.MAX_VALUE, serverErrors), "server error(s) retried");
        append(b, (int) Math.min(Integer.MAX_VALUE, rateLimited), "429 answer(s) waited out");
        return b.isEmpty() ? "exact" : b.toString();
    }

    private static void append(StringBuilder b, int n, String what) {
        if (n > 0) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(n).append(' ').append(what);
        }
    }
}
