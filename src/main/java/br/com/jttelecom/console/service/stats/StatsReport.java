package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the stats tab shows for a period: the cards, the previous period's cards to compare
 * with, and the data of each chart.
 *
 * @param perHour  calls per local hour of day (0..23) by status
 * @param perDay   calls per local day of the period (every day, zeros included)
 * @param perAgent per operator name (as the PBX spells it; "" when the call had none)
 * @param outcomes the outcome split (calls with no outcome are left out)
 * @param states   time in each operator state per operator (paused split by reason)
 * @param operatorNames PBX operator id → the linked console user's name, for the operators of {@code states}
 *                      that have one (the others show by id)
 */
public record StatsReport(StatsPeriod period, StatsCards current, StatsCards previous,
                          List<HourRow> perHour, List<DayRow> perDay, List<AgentRow> perAgent,
                          Map<Outcome, Long> outcomes, List<StateTime> states, Map<String, String> operatorNames) {

    public StatsReport {
        operatorNames = Map.copyOf(operatorNames);
    }

    /** The name to show for an operator of the timeline: the linked user's, else {@code null}. */
    public String operatorName(String operatorId) {
        return operatorNames.get(operatorId);
    }

    public record HourRow(int hour, Map<CallStatus, Long> byStatus) {
        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record DayRow(LocalDate day, long total, long answered) {
    }

    /**
     * {@code missed} is every finished call that was not answered (missed, busy, failed); {@code tma} is the talk
     * time of the answered calls plus the wrap-up time of the operators linked to the agent's users, per answered call.
     */
    public record AgentRow(String operator, long answered, long missed, Duration tma) {
    }

    public record StateTime(String operatorId, OperatorState state, String reason, Duration time) {
    }
}
