package br.com.jttelecom.console.service.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowBoundsTest {

    @Test
    void roundTripsThroughItsText() {
        WindowBounds b = new WindowBounds(-1200, 35, 1280, 800, true);
        assertThat(WindowBounds.parse(b.format())).contains(b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,2,3", "a,b,c,d,false", "0,0,10,10,false", "0,0,NaN,800,false", "0,0,Infinity,800,true"})
    void damagedOrAbsurdValuesAreIgnored(String text) {
        assertThat(WindowBounds.parse(text)).isEmpty();
    }
}
