package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PhoneDigitsPropertiesTest {

    @Property
    void longDistanceMobileWithAnyRealDddIsDialable(@ForAll @IntRange(min = 11, max = 99) int ddd,
                                                     @ForAll @IntRange(min = 0, max = 99_999_999) int tail) {
        if (ddd % 10 == 0) {
            return;
        }
        String dial = "0" + ddd + "9" + String.format("%08d", tail);

        assertThat(PhoneDigits.dialable(dial)).isTrue();
        assertThat(PhoneDigits.matches(dial, ddd + "9" + String.format("%08d", tail))).isTrue();
    }
}
