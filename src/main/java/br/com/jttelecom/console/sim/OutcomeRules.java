package br.com.jttelecom.console.sim;

import java.util.random.RandomGenerator;

/**
 * Decides how a dialled call ends. The default, {@link #bySuffix()}, reads the last digit of the
 * destination so tests can script each outcome with a number:
 * <ul>
 *   <li>ending 0 → busy (status 486, sip 486)</li>
 *   <li>ending 8 → failed (status 2, sip 503)</li>
 *   <li>ending 9 → not answered (status 0, sip 487, after the no-answer timeout)</li>
 *   <li>any other digit → answered (status 1, sip 200)</li>
 * </ul>
 */
@FunctionalInterface
public interface OutcomeRules {

    CallOutcome outcomeFor(String destinationDigits, RandomGenerator random);

    static OutcomeRules bySuffix() {
        return (digits, random) -> switch (digits.isEmpty() ? '1' : digits.charAt(digits.length() - 1)) {
            case '0' -> CallOutcome.BUSY;
            case '8' -> CallOutcome.FAILED;
            case '9' -> CallOutcome.NO_ANSWER;
            default -> CallOutcome.ANSWERED;
        };
    }

    /** Outcomes drawn from the simulator's seeded random; what is left after the three shares is "answered". */
    static OutcomeRules byProbability(double noAnswer, double busy, double failed) {
        return (digits, random) -> {
            double x = random.nextDouble();
            if (x < noAnswer) {
                return CallOutcome.NO_ANSWER;
            }
            if (x < noAnswer + busy) {
                return CallOutcome.BUSY;
            }
            return x < noAnswer + busy + failed ? CallOutcome.FAILED : CallOutcome.ANSWERED;
        };
    }

    static OutcomeRules always(CallOutcome outcome) {
        return (digits, random) -> outcome;
    }
}
