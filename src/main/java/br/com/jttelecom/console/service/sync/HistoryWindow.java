package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.HistoryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One history request's period, in São Paulo time: whole days {@code from}..{@code to} (00:00 to
 * 23:59), or part of ONE day from {@code startTime}. A start time is only ever used on a one-day
 * window: no document says whether a PBX reads {@code hora_inicial} of a several-day period as the
 * first day's time or as every day's, and both readings agree on one day.
 *
 * @param startTime {@code null} for 00:00
 */
record HistoryWindow(LocalDate from, LocalDate to, LocalTime startTime) {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    HistoryWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || to.isAfter(from.plusMonths(2).minusDays(1))) {
            throw new IllegalArgumentException("a history window is 1 day to 2 months: " + from + ".." + to);
        }
        if (startTime != null && !from.equals(to)) {
            throw new IllegalArgumentException("a start time only on a one-day window: " + from + ".." + to);
        }
        if (LocalTime.MIDNIGHT.equals(startTime)) {
            startTime = null;
        }
        if (startTime != null) {
            startTime = startTime.truncatedTo(ChronoUnit.MINUTES);
        }
    }

    static HistoryWindow days(LocalDate from, LocalDate to) {
        return new HistoryWindow(from, to, null);
    }

    /** The day of {@code start} from its minute (São Paulo) to 23:59. */
    static HistoryWindow restOfDay(Instant start) {
        var local = start.atZone(SAO_PAULO);
        return new HistoryWindow(local.toLocalDate(), local.toLocalDate(), local.toLocalTime());
    }

    /** The request for this window: both hours named ({@code hora_final} 23:59 of the last day). */
    HistoryQuery query(int pageSize) {
        return HistoryQuery.between(from, to)
                .withTimes(startTime == null ? HistoryQuery.DAY_START : startTime, HistoryQuery.DAY_END)
                .withPageSize(pageSize);
    }

    /** The first instant this window covers. */
    Instant start() {
        return from.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime).atZone(SAO_PAULO).toInstant();
    }

    /** The first instant after this window (the next day's 00:00). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(SAO_PAULO).toInstant();
    }

    boolean wholeDays() {
        return startTime == null;
    }

    @Override
    public String toString() {
        return from.equals(to) ? from + (startTime == null ? "" : " from " + startTime) : from + ".." + to;
    }
}
