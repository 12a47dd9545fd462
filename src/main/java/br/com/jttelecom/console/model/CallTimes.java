package br.com.jttelecom.console.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The three times of one call, defined here and nowhere else, so the local API, the CSV export and every
 * screen give the same figures:
 *
 * <ul>
 *   <li><b>total</b> = end − start: the PBX's {@code duracao}, the seed's {@code duration};</li>
 *   <li><b>talk</b> = the conversation: the PBX's {@code duracao_real}, else its {@code tempo_operador_total_filas};</li>
 *   <li><b>wait</b> = the time before the answer (ringing, queue): total − talk when both are known (never below
 *       zero), else the PBX's queue wait {@code tempo_espera_total_filas}, else unknown. A queue wait of zero says
 *       nothing of the ringing, so it never beats total − talk.</li>
 * </ul>
 *
 * <p>Each figure is whole seconds (the PBX's talk time with a started second counted, {@code 00:01:10,500}
 * talks 71 s, as the PBX's own {@code duracao} counts it; the mapper does that), with any fraction left dropped, before any
 * subtraction: the store keeps whole seconds too, so a figure reads the same before and after it is saved.
 * A {@code null} figure is unknown, never zero.
 */
public record CallTimes(Duration totalTime, Duration talkTime, Duration waitTime) {

    public static final CallTimes UNKNOWN = new CallTimes(null, null, null);

    public CallTimes {
        totalTime = wholeSeconds(totalTime);
        talkTime = wholeSeconds(talkTime);
        waitTime = wholeSeconds(waitTime);
    }

    /** The rule above, from the PBX's (or the store's) figures; {@code queueWait} counts only when talk is unknown. */
    public static CallTimes of(Duration total, Duration talk, Duration queueWait) {
        Duration t = wholeSeconds(total);
        Duration k = wholeSeconds(talk);
        Duration wait = t != null && k != null ? max0(t.minus(k)) : wholeSeconds(queueWait);
        return new CallTimes(t, k, wait);
    }

    /** A stored or mapped call's times by the same rule (an older row's queue wait of 0 is corrected on reading). */
    public static CallTimes of(Call c) {
        return of(c.duration(), c.talkTime(), c.waitTime());
    }

    /**
     * A call measured on the console's clock while it is followed: started, answered (or null: not yet, or never),
     * and ended (or the present moment while live). Before the answer the call has talked zero seconds.
     */
    public static CallTimes measured(Instant start, Instant answered, Instant endOrNow) {
        if (start == null || endOrNow == null) {
            return UNKNOWN;
        }
        Duration total = max0(Duration.between(start, endOrNow));
        Duration talk = answered == null ? Duration.ZERO : max0(Duration.between(answered, endOrNow));
        return of(total, talk, null);
    }

    public Long totalSeconds() {
        return seconds(totalTime);
    }

    public Long talkSeconds() {
        return seconds(talkTime);
    }

    public Long waitSeconds() {
        return seconds(waitTime);
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }

    private static Duration wholeSeconds(Duration d) {
        return d == null ? null : Duration.ofSeconds(max0(d).toSeconds());
    }

    private static Duration max0(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
