package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"011987654320,BUSY", "011987654328,FAILED", "011987654329,NO_ANSWER", "011987654321,ANSWERED",
            "011987654327,ANSWERED", "202,ANSWERED"})
    void bySuffixReadsTheLastDigit(String number, CallOutcome expected) {
        assertThat(OutcomeRules.bySuffix().outcomeFor(number, new Random(1))).isEqualTo(expected);
    }

    @Test
    void byProbabilityFollowsTheSharesWithASeededRandom() {
        OutcomeRules rules = OutcomeRules.byProbability(0.2, 0.1, 0.1);
        Random random = new Random(3);
        Map<CallOutcome, Integer> counts = new EnumMap<>(CallOutcome.class);

        for (int i = 0; i < 10_000; i++) {
            counts.merge(rules.outcomeFor("011987654321", random), 1, Integer::sum);
        }

        assertThat(counts.get(CallOutcome.ANSWERED)).isBetween(5_700, 6_300);
        assertThat(counts.get(CallOutcome.NO_ANSWER)).isBetween(1_800, 2_200);
        assertThat(counts.get(CallOutcome.BUSY)).isBetween(850, 1_150);
        assertThat(counts.get(CallOutcome.FAILED)).isBetween(850, 1_150);
    }
}
