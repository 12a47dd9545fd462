package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneDigitsTest {

    @ParameterizedTest(name = "{0} dialable: {1}")
    @CsvSource({"011987654321,true", "04833334444,true", "11987654321,true", "4833334444,true", "987654321,true",
            "33334444,true", "1234567,false", "001987654321,false", "010987654321,false", "0119876543210,false",
            "12345678,false"})
    void dialStringRules(String dial, boolean expected) {
        assertThat(PhoneDigits.dialable(dial)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"011987654321,11987654321,true", "011987654321,987654321,true", "48991234567,(48) 99123-4567,true",
            "011987654321,11987654322,false", "'',11987654321,false"})
    void numbersMatchAcrossSpellings(String stored, String asked, boolean expected) {
        assertThat(PhoneDigits.matches(stored, asked)).isEqualTo(expected);
    }
}
