package br.com.jttelecom.console.ui.stats;

import br.com.jttelecom.console.i18n.Messages;
import java.text.NumberFormat;
import java.time.Duration;

/** How the stats tab writes its figures: counts with grouping, rates in %, durations as h:mm:ss. */
final class StatsFormat {

    private final Messages messages;
    private final NumberFormat counts;
    private final NumberFormat percents;
    private final NumberFormat points;

    StatsFormat(Messages messages) {
        this.messages = messages;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
        this.percents = NumberFormat.getPercentInstance(messages.locale());
        percents.setMaximumFractionDigits(1);
        this.points = NumberFormat.getNumberInstance(messages.locale());
        points.setMaximumFractionDigits(1);
    }

    String count(long v) {
        return counts.format(v);
    }

    String rate(Double v) {
        return v == null ? messages.get("stats.value.none") : percents.format(v);
    }

    String duration(Duration d) {
        if (d == null) {
            return messages.get("stats.value.none");
        }
        long s = Math.round(d.toMillis() / 1000.0);
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }

    /** "↑ 12,5 % vs período anterior", "↓ …", "= …", or "sem comparação" when either side is missing. */
    String change(Double change) {
        if (change == null) {
            return messages.get("stats.compare.none");
        }
        if (Math.abs(change) < 0.0005) {
            return messages.get("stats.compare.same");
        }
        String pct = percents.format(Math.abs(change));
        return messages.get(change > 0 ? "stats.compare.up" : "stats.compare.down", pct);
    }

    /**
     * A rate's change in percentage points ("↑ 2,1 p.p. vs período anterior"): a service level from 80 % to 82 %
     * rose 2 points, which a relative "↑ 2,5 %" misreads. {@code change} is the difference of the two rates.
     */
    String pointsChange(Double change) {
        if (change == null) {
            return messages.get("stats.compare.none");
        }
        if (Math.abs(change) < 0.0005) {
            return messages.get("stats.compare.same");
        }
        String pp = messages.get("stats.points", points.format(Math.abs(change) * 100));
        return messages.get(change > 0 ? "stats.compare.up" : "stats.compare.down", pp);
    }
}
