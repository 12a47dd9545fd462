package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.LinkedOperator;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository.Row;
import br.com.jttelecom.console.store.OperatorSessionRepository.Span;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The supervisors' stats: cards and chart data of a period, compared with the period before.
 *
 * <p>Reads the hourly roll-up, never the raw calls. The last answered period's roll-up rows stay in
 * memory by hour, so asking again after new calls landed re-reads only the hours those calls touched
 * (the live refresh), not the whole period. Thread-safe: one report at a time.
 */
public final class Stats {

    private final CallStatsRepository rollup;
    private final OperatorSpanQuery spans;
    private final Clock clock;
    private final ZoneId zone;

    private Instant loadedFrom;
    private Instant loadedTo;
    private StatsScope loadedScope;
    private final TreeMap<Instant, List<Row>> byHour = new TreeMap<>();
    private volatile Supplier<VisibleActivity> visible = VisibleActivity::everyone;
    private volatile Supplier<List<LinkedOperator>> operators = List::of;

    public Stats(CallStatsRepository rollup, OperatorSpanQuery spans, Clock clock, ZoneId zone) {
        this.rollup = Objects.requireNonNull(rollup, "rollup");
        this.spans = Objects.requireNonNull(spans, "spans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Cuts every report down to what the supplier lets the signed-in person see ({@link ActivityVisibility}),
     * whatever scope the caller asks for. Asked at each report.
     */
    public Stats limitedTo(Supplier<VisibleActivity> visibility) {
        this.visible = Objects.requireNonNull(visibility, "visibility");
        return this;
    }

    /**
     * Which console user each PBX operator is (Operadores → vincular): the timeline's states are named by the
     * user, and each agent's TMA adds the wrap-up of their operators. Asked at each report.
     */
    public Stats naming(Supplier<List<LinkedOperator>> linkedOperators) {
        this.operators = Objects.requireNonNull(linkedOperators, "linkedOperators");
        return this;
    }

    /**
     * The report of {@code period} for {@code asked} (narrowed to what the signed-in person may see), folding in
     * every call stored so far.
     */
    public synchronized StatsReport report(StatsPeriod period, StatsScope asked) {
        StatsScope scope = asked.within(visible.get());
        CallStatsRepository.Refresh touched = rollup.refresh();
        StatsPeriod previous = period.previous();
        Instant from = previous.from().truncatedTo(ChronoUnit.HOURS);
        if (touched.full() || !from.equals(loadedFrom) || !period.to().equals(loadedTo)
                || !scope.equals(loadedScope)) {
            load(from, period.to(), scope);
        } else {
            for (Instant hour : touched.hours()) {
                if (!hour.isBefore(loadedFrom) && hour.isBefore(loadedTo)) {
                    byHour.remove(hour);
                    group(rollup.rows(hour, hour.plus(1, ChronoUnit.HOURS), scope.userIds(), scope.orUnowned()));
                }
            }
        }
        Instant now = clock.instant();
        List<Span> spanList = spans.overlapping(previous.from(), period.to());
        List<Row> current = rows(period);
        StatsCards cards = StatsCalculator.cards(current, spanList, period, scope, now);
        StatsCards before = StatsCalculator.cards(rows(previous), spanList, previous, scope, now);
        List<LinkedOperator> linked = operators.get();
        Map<String, Long> userOf = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<Long, String> userNames = new HashMap<>();
        linked.forEach(o -> {
            userOf.put(o.operatorId(), o.userId());
            names.put(o.operatorId(), o.name());
            userNames.put(o.userId(), o.name());
        });
        Map<Long, Long> wrapUp = StatsCalculator.wrapUpByUser(spanList, period, scope, now, userOf);
        return new StatsReport(period, cards, before, StatsCalculator.perHour(current, zone),
                StatsCalculator.perDay(current, period, zone), StatsCalculator.perAgent(current, wrapUp, userNames),
                StatsCalculator.outcomes(current), StatsCalculator.states(spanList, period, scope, now), names);
    }

    /** Drops the cached rows and rebuilds the roll-up from every call (after a restore or a bulk fix). */
    public synchronized void rebuild() {
        rollup.reset();
        byHour.clear();
        loadedFrom = null;
        rollup.refresh();
    }

    private void load(Instant from, Instant to, StatsScope scope) {
        byHour.clear();
        group(rollup.rows(from, to, scope.userIds(), scope.orUnowned()));
        loadedFrom = from;
        loadedTo = to;
        loadedScope = scope;
    }

    private void group(List<Row> rows) {
        for (Row r : rows) {
            byHour.computeIfAbsent(r.bucket(), h -> new ArrayList<>()).add(r);
        }
    }

    private List<Row> rows(StatsPeriod p) {
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Instant, List<Row>> e : byHour.subMap(p.from(), true, p.to(), false).entrySet()) {
            out.addAll(e.getValue());
        }
        return out;
    }
}
