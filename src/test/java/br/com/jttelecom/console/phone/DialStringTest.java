package br.com.jttelecom.console.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialStringTest {

    @ParameterizedTest(name = "[{index}] plan {0}/{1}/{2}/{3}: \"{4}\" -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            48 | false | 0   | 00 | (48) 99123-4567   | 991234567
            48 | false | 0   | 00 | 48 3512-4536      | 35124536
            48 | false | 0   | 00 | 991234567         | 991234567
            48 | true  | 0   | 00 | (48) 99123-4567   | 48991234567
            48 | true  | 0   | 00 | 3512-4536         | 4835124536
            48 | false | 0   | 00 | +55 11 98765-4321 | 011987654321
            48 | false | 0   | 00 | 5511987654321     | 011987654321
            48 | true  | 0   | 00 | (11) 98765-4321   | 011987654321
            11 | false | 0   | 00 | (48) 99123-4567   | 048991234567
            11 | false | 0   | 00 | 98765-4321        | 987654321
            11 | false | 015 | 00 | (48) 3512-4536    | 0154835124536
            48 | false | 0   | 00 | +1 650 253 0000   | 0016502530000
            48 | false | 0   | 0021 | +1 650 253 0000 | 002116502530000
            """)
    void followsTheDialPlan(String ddd, boolean keepDdd, String longDistance, String international,
                            String raw, String expected) {
        PhoneNumbers numbers = new PhoneNumbers(new DialPlan(ddd, keepDdd, longDistance, international));
        assertThat(numbers.dialString(raw)).isEqualTo(expected);
    }

    @Test
    void neverSendsPlus55BecauseThePbxRefusesIt() {
        PhoneNumbers numbers = new PhoneNumbers(DialPlan.defaults());
        assertThat(numbers.dialString("+55 21 98765-4321")).isEqualTo("021987654321").doesNotContain("+");
    }

    @Test
    void aPlanWithAnUnknownDddIsRefused() {
        assertThatThrownBy(() -> DialPlan.local("20")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongDistancePrefixThatLooksInternationalIsRefused() {
        assertThatThrownBy(() -> new DialPlan("48", false, "00", "00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreFlorianopolisWithoutDddOnLocalCalls() {
        assertThat(DialPlan.defaults()).isEqualTo(new DialPlan("48", false, "0", "00"));
    }
}
