package br.com.jttelecom.console.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DialUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel:+5548991234567|+5548991234567",
        "TEL:+55-48-99123-4567|+55-48-99123-4567",
        "callto:048991234567|048991234567",
        "callto://0048991234567|0048991234567",
        "tel:(48)%2099123-4567|(48) 99123-4567",
        "tel:%2B5548991234567|+5548991234567",
        "tel:+5548991234567;phone-context=+55|+5548991234567",
        "callto:48991234567?call|48991234567",
    })
    void readsTheNumberOutOfTheLink(String uri, String number) {
        assertThat(DialUri.isDialUri(uri)).isTrue();
        assertThat(DialUri.number(uri)).contains(number);
    }

    @Test
    void aPlusSignStaysAPlusUnlikeFormDecoding() {
        assertThat(DialUri.number("tel:+55%2048%2099123%204567")).contains("+55 48 99123 4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel:", "tel:%", "tel:%2", "tel:%zz48", "callto://", "tel:;phone-context=+55", "tel:%0A48991234567"})
    void malformedLinksCarryNoNumber(String uri) {
        assertThat(DialUri.number(uri)).isEmpty();
    }

    @Test
    void otherSchemesAreNotDialLinks() {
        assertThat(DialUri.isDialUri("https://example.com")).isFalse();
        assertThat(DialUri.isDialUri("sip:202@pbx")).isFalse();
        assertThat(DialUri.number("mailto:a@b")).isEmpty();
    }

    @Test
    void overlongLinksAreRefused() {
        assertThat(DialUri.number("tel:" + "9".repeat(DialUri.MAX_LENGTH))).isEmpty();
    }
}
