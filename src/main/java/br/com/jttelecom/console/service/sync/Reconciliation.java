package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.store.calls.PbxCallCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the last days with the PBX: per day, one one-record request for its
 * {@code qtd_total_resultados} against the calls stored for that day. A day that holds fewer is
 * fetched again (a record written late, a row skipped while a window shifted); one that holds more
 * is only logged (fetching cannot remove a row, and a row the PBX no longer lists is kept).
 */
final class Reconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    /** A day that holds fewer calls than the PBX lists: fetch it again, then check it holds {@code pbxTotal}. */
    record ShortDay(HistoryWindow window, long pbxTotal) {
    }

    private final PabxClient client;
    private final PbxCallCounts counts;

    Reconciliation(PabxClient client, PbxCallCounts counts) {
        this.client = client;
        this.counts = counts;
    }

    /** The last {@code days} days up to {@code today} that the run's own windows do not cover whole. */
    static List<HistoryWindow> days(LocalDate today, int days, List<HistoryWindow> covered) {
        List<HistoryWindow> out = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = today.minusDays(i);
            boolean whole = covered.stream().anyMatch(w -> w.wholeDays() && !day.isBefore(w.from()) && !day.isAfter(w.to()));
            if (!whole) {
                out.add(HistoryWindow.days(day, day));
            }
        }
        return out;
    }

    /** The days among {@code days} that hold fewer calls than the PBX lists. */
    List<ShortDay> shortDays(List<HistoryWindow> days) {
        List<ShortDay> out = new ArrayList<>();
        for (HistoryWindow day : days) {
            long pbx = client.historyPage(day.query(1), 0).total();
            if (pbx < 0) {
                LOG.warn("history reconciliation: the PBX gave no total for {}; the day is fetched again", day);
                out.add(new ShortDay(day, -1));
                continue;
            }
            long stored = stored(day);
            if (stored < pbx) {
                LOG.warn("history reconciliation: {} holds {} calls, the PBX lists {}; fetching the day again",
                        day, stored, pbx);
                out.add(new ShortDay(day, pbx));
            } else if (stored > pbx) {
                LOG.info("history reconciliation: {} holds {} calls, the PBX lists {}; the extra ones are kept",
                        day, stored, pbx);
            }
        }
        return out;
    }

    /** After the fetch: whether the day now holds what the PBX listed. */
    boolean resolved(ShortDay day) {
        long stored = stored(day.window());
        if (day.pbxTotal() >= 0 && stored < day.pbxTotal()) {
            LOG.warn("history reconciliation: {} still holds {} calls after fetching it again, the PBX lists {}",
                    day.window(), stored, day.pbxTotal());
            return false;
        }
        return true;
    }

    private long stored(HistoryWindow day) {
        Instant from = day.start();
        return counts.startedBetween(from, day.end());
    }
}
