package br.com.jttelecom.console.service.stats;

import java.time.Duration;

/**
 * The figures of one period (definitions in docs/user/stats.md). A rate or average is
 * {@code null} when its denominator is zero: "no data", not 0 %.
 *
 * @param answerRate   answered / finished calls (0..1)
 * @param avgDuration  mean duration_s of the answered calls
 * @param tma          (talk time of the answered calls + wrap-up time) / answered
 * @param tme          mean wait_s over the calls that waited (wait_s &gt; 0)
 * @param abandonRate  inbound missed / inbound offered (finished inbound calls)
 * @param serviceLevel inbound answered with wait_s &lt;= 20 s / inbound offered
 * @param occupancy    (talking + wrap-up time) / logged-in time, from the operator state timeline
 */
public record StatsCards(long total, long answered, long missed, long busy, long failed, long inProgress,
                         Double answerRate, Duration avgDuration, Duration tma, Duration tme, Double abandonRate,
                         Double serviceLevel, Double occupancy, Duration talkTime) {

    /** The relative change from {@code before} to {@code now}, or {@code null} when there is nothing to compare. */
    public static Double change(Number now, Number before) {
        if (now == null || before == null || before.doubleValue() == 0) {
            return null;
        }
        return (now.doubleValue() - before.doubleValue()) / before.doubleValue();
    }

    public static Double change(Duration now, Duration before) {
        return change(now == null ? null : now.toMillis(), before == null ? null : before.toMillis());
    }
}
