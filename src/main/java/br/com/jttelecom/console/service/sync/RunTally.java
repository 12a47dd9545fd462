package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxMetrics;
import br.com.jttelecom.console.store.calls.UpsertCounts;
import java.util.Collection;
import java.util.Map;

/**
 * What one history run counted, for its progress, its result and its log lines: the records fetched and
 * stored, the windows read again or left inexact, the days reconciled; and, from the PBX client's metrics,
 * the server errors and 429 answers its history requests met since the run began.
 */
final class RunTally {

    private static final String HISTORY_ACTION = "listar_historico_chamada";

    long fetched;
    long inserted;
    long updated;
    /** The calls the plan's probe announced: the progress's total until the windows' own totals add up to more. */
    long announced;
    int reread;
    int inexact;
    int reconciled;
    int refetched;
    int unresolved;

    private final PabxClient client;
    // The client's counters run for the console's life: a run's issues are what they grew by during it.
    private final Map<String, Long> errorsBefore;

    /** Begins counting: the PBX errors seen so far are not this run's. */
    RunTally(PabxClient client) {
        this.client = client;
        this.errorsBefore = historyErrors();
    }

    /** A page of {@code records} was stored, as {@code counts} says. */
    void stored(int records, UpsertCounts counts) {
        fetched += records;
        inserted += counts.inserted();
        updated += counts.updated();
    }

    /** Where the run is, given the totals the windows read so far announced on their first page. */
    SyncProgress progress(Collection<Long> windowTotals) {
        long known = Math.max(announced, windowTotals.stream().mapToLong(Long::longValue).sum());
        return new SyncProgress(fetched, Math.max(fetched, known));
    }

    /** What kept the run from being exact, or what it worked around. */
    SyncIssues issues() {
        Map<String, Long> after = historyErrors();
        long server = delta(after, "PabxUnavailable") + delta(after, "PabxProtocolError");
        long limited = delta(after, "PabxRateLimited");
        return new SyncIssues(reread, inexact, reconciled, refetched, unresolved, server, limited);
    }

    private Map<String, Long> historyErrors() {
        PabxMetrics.ActionSnapshot s = client.metrics().snapshot().actions().get(HISTORY_ACTION);
        return s == null ? Map.of() : Map.copyOf(s.errors());
    }

    private long delta(Map<String, Long> after, String kind) {
        return Math.max(0, after.getOrDefault(kind, 0L) - errorsBefore.getOrDefault(kind, 0L));
    }
}
