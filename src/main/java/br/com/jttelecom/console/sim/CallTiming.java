package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long each phase of a simulated call lasts. Talk time is drawn between {@code talkMin} and
 * {@code talkMax} from the simulator's seeded random; make them equal for an exact duration.
 *
 * @param extensionRing   an outbound dial rings the agent's extension this long before the customer
 * @param customerRing    the customer's phone rings this long before answering
 * @param noAnswerTimeout the customer's phone rings this long before the PBX gives up (ending 9)
 * @param rejectAfter     busy (ending 0) and failed (ending 8) calls end this long after the customer leg starts
 */
public record CallTiming(
        Duration extensionRing,
        Duration customerRing,
        Duration noAnswerTimeout,
        Duration rejectAfter,
        Duration talkMin,
        Duration talkMax) {

    public static CallTiming defaults() {
        return new CallTiming(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(180));
    }

    /** The same phases with a fixed talk time, handy in tests. */
    public CallTiming withTalk(Duration talk) {
        return new CallTiming(extensionRing, customerRing, noAnswerTimeout, rejectAfter, talk, talk);
    }

    Duration drawTalk(RandomGenerator random) {
        long min = talkMin.toSeconds();
        long max = Math.max(min, talkMax.toSeconds());
        return Duration.ofSeconds(min == max ? min : random.nextLong(min, max + 1));
    }
}
