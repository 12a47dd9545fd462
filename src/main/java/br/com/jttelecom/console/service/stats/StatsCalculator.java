package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.calls.CallStatsRepository.Row;
import br.com.jttelecom.console.store.OperatorSessionRepository.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns roll-up rows and state spans into cards and chart data: pure arithmetic, no I/O. */
final class StatsCalculator {

    private static final String COMPLETED = CallStatus.COMPLETED.code();
    private static final String INBOUND = "inbound";

    private StatsCalculator() {
    }

    static StatsCards cards(Iterable<Row> rows, List<Span> spans, StatsPeriod p, StatsScope scope, Instant now) {
        long total = 0, answered = 0, missed = 0, busy = 0, failed = 0, inProgress = 0;
        long durationS = 0, talkS = 0, waitS = 0, waited = 0, inOffered = 0, inMissed = 0, inWithinSl = 0;
        for (Row r : rows) {
            total += r.calls();
            switch (r.status()) {
                case "completed" -> {
                    answered += r.calls();
                    durationS += r.durationS();
                    talkS += r.talkS();
                }
                case "missed" -> missed += r.calls();
                case "busy" -> busy += r.calls();
                case "failed" -> failed += r.calls();
                default -> inProgress += r.calls();
            }
            waitS += r.waitS();
            waited += r.waited();
            if (INBOUND.equals(r.direction()) && !"in_progress".equals(r.status())) {
                inOffered += r.calls();
                if ("missed".equals(r.status())) {
                    inMissed += r.calls();
                }
                if (COMPLETED.equals(r.status())) {
                    inWithinSl += r.withinSl();
                }
            }
        }
        Map<OperatorState, Long> stateSeconds = stateSeconds(spans, p, scope, now);
        long wrapUp = stateSeconds.getOrDefault(OperatorState.WRAP_UP, 0L);
        long busyTime = stateSeconds.getOrDefault(OperatorState.TALKING, 0L) + wrapUp;
        long loggedIn = stateSeconds.entrySet().stream().filter(e -> e.getKey() != OperatorState.LOGGED_OUT)
                .mapToLong(Map.Entry::getValue).sum();
        long finished = total - inProgress;
        return new StatsCards(total, answered, missed, busy, failed, inProgress,
                ratio(answered, finished), mean(durationS, answered), mean(talkS + wrapUp, answered),
                mean(waitS, waited), ratio(inMissed, inOffered), ratio(inWithinSl, inOffered),
                ratio(busyTime, loggedIn), Duration.ofSeconds(talkS));
    }

    /** Seconds per state inside the period; an open span runs until {@code now}. */
    private static Map<OperatorState, Long> stateSeconds(List<Span> spans, StatsPeriod p, StatsScope scope,
                                                         Instant now) {
        Map<OperatorState, Long> out = new EnumMap<>(OperatorState.class);
        for (Span s : spans) {
            if (scope.includesOperator(s.operatorId())) {
                out.merge(s.state(), clipped(s, p, now), Long::sum);
            }
        }
        return out;
    }

    static long clipped(Span s, StatsPeriod p, Instant now) {
        Instant start = s.startedAt().isBefore(p.from()) ? p.from() : s.startedAt();
        Instant end = s.endedAt() == null ? now : s.endedAt();
        if (end.isAfter(p.to())) {
            end = p.to();
        }
        return end.isAfter(start) ? Duration.between(start, end).toSeconds() : 0;
    }

    static List<StatsReport.HourRow> perHour(Iterable<Row> rows, ZoneId zone) {
        List<Map<CallStatus, Long>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new EnumMap<>(CallStatus.class));
        }
        for (Row r : rows) {
            int hour = r.bucket().atZone(zone).getHour();
            hours.get(hour).merge(CallStatus.fromCode(r.status()), r.calls(), Long::sum);
        }
        List<StatsReport.HourRow> out = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            out.add(new StatsReport.HourRow(h, hours.get(h)));
        }
        return out;
    }

    static List<StatsReport.DayRow> perDay(Iterable<Row> rows, StatsPeriod p, ZoneId zone) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        LocalDate last = p.to().minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate d = p.from().atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        for (Row r : rows) {
            long[] day = days.computeIfAbsent(r.bucket().atZone(zone).toLocalDate(), d -> new long[2]);
            day[0] += r.calls();
            if (COMPLETED.equals(r.status())) {
                day[1] += r.calls();
            }
        }
        List<StatsReport.DayRow> out = new ArrayList<>();
        days.forEach((d, v) -> out.add(new StatsReport.DayRow(d, v[0], v[1])));
        return out;
    }

    /**
     * Per PBX operator name: answered, not answered, and TMA — talk time plus the wrap-up of the console users
     * behind that name (their calls' {@code user_id}), per answered call.
     */
    static List<StatsReport.AgentRow> perAgent(Iterable<Row> rows, Map<Long, Long> wrapUpByUser) {
        return perAgent(rows, wrapUpByUser, Map.of());
    }

    /**
     * {@link #perAgent(Iterable, Map)}, each agent named as everywhere else in the console: by the console user
     * behind the PBX name when there is one ("Ana Souza"), with the PBX's name beside it where it differs
     * ("Ana Souza (Ana)"), so the same person never reads as two people on one page.
     */
    static List<StatsReport.AgentRow> perAgent(Iterable<Row> rows, Map<Long, Long> wrapUpByUser,
                                               Map<Long, String> userNames) {
        Map<String, long[]> agents = new TreeMap<>();
        Map<String, java.util.Set<Long>> usersOf = new HashMap<>();
        for (Row r : rows) {
            String name = r.operator() == null ? "" : r.operator();
            long[] a = agents.computeIfAbsent(name, k -> new long[3]);
            if (COMPLETED.equals(r.status())) {
                a[0] += r.calls();
                a[2] += r.talkS();
            } else if (!"in_progress".equals(r.status())) {
                a[1] += r.calls();
            }
            if (r.userId() != null) {
                usersOf.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(r.userId());
            }
        }
        List<StatsReport.AgentRow> out = new ArrayList<>();
        agents.forEach((name, a) -> {
            long wrap = usersOf.getOrDefault(name, java.util.Set.of()).stream()
                    .mapToLong(u -> wrapUpByUser.getOrDefault(u, 0L)).sum();
            out.add(new StatsReport.AgentRow(agentName(name, usersOf.getOrDefault(name, java.util.Set.of()), userNames),
                    a[0], a[1], mean(a[2] + wrap, a[0])));
        });
        return out;
    }

    private static String agentName(String pbxName, java.util.Set<Long> users, Map<Long, String> userNames) {
        if (users.size() != 1 || !userNames.containsKey(users.iterator().next())) {
            return pbxName; // nobody, or several people behind one PBX name: the PBX's name is all that is true
        }
        String user = userNames.get(users.iterator().next());
        return pbxName.isEmpty() || user.equals(pbxName) ? user : user + " (" + pbxName + ")";
    }

    /** Seconds in wrap-up inside the period per console user, through the operator → user links. */
    static Map<Long, Long> wrapUpByUser(List<Span> spans, StatsPeriod p, StatsScope scope, Instant now,
                                        Map<String, Long> userOf) {
        Map<Long, Long> out = new HashMap<>();
        for (Span s : spans) {
            Long user = userOf.get(s.operatorId());
            if (user != null && s.state() == OperatorState.WRAP_UP && scope.includesOperator(s.operatorId())) {
                out.merge(user, clipped(s, p, now), Long::sum);
            }
        }
        return out;
    }

    static Map<Outcome, Long> outcomes(Iterable<Row> rows) {
        Map<Outcome, Long> out = new EnumMap<>(Outcome.class);
        for (Row r : rows) {
            out.merge(Outcome.PRODUCTIVE, r.productive(), Long::sum);
            out.merge(Outcome.UNPRODUCTIVE, r.unproductive(), Long::sum);
            out.merge(Outcome.SCHEDULED, r.scheduled(), Long::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }

    static List<StatsReport.StateTime> states(List<Span> spans, StatsPeriod p, StatsScope scope, Instant now) {
        Map<String, Long> seconds = new TreeMap<>();
        for (Span s : spans) {
            if (scope.includesOperator(s.operatorId()) && s.state() != OperatorState.LOGGED_OUT) {
                String reason = s.state() == OperatorState.PAUSED && s.reason() != null ? s.reason() : "";
                seconds.merge(s.operatorId() + '\u0000' + s.state().name() + '\u0000' + reason, clipped(s, p, now),
                        Long::sum);
            }
        }
        List<StatsReport.StateTime> out = new ArrayList<>();
        seconds.forEach((k, v) -> {
            String[] parts = k.split("\u0000", -1);
            out.add(new StatsReport.StateTime(parts[0], OperatorState.valueOf(parts[1]),
                    parts[2].isEmpty() ? null : parts[2], Duration.ofSeconds(v)));
        });
        return out;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Duration mean(long seconds, long count) {
        return count == 0 ? null : Duration.ofMillis(Math.round(seconds * 1000.0 / count));
    }
}
