package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PbxValuesTest {

    @ParameterizedTest(name = "\"{0}\" = {1} ms")
    @CsvSource({
            "00:01:06, 66000",
            "'00:00:58,412', 58412",
            "01:00:00, 3600000",
            "21, 21000",
            "01:06, 66000",
            "'00:00:00,000', 0",
            "'  12 ', 12000",
            "7.5, 7500"})
    void durationsInEveryPbxFormatAreParsed(String raw, long millis) {
        assertThat(PbxValues.duration(raw)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(strings = {"", "abc", "::", "1:x", "-5", "12:34:56:78", "99999999999"})
    void junkDurationsAreNull(String raw) {
        assertThat(PbxValues.duration(raw)).isNull();
    }

    @ParameterizedTest(name = "{0} São Paulo = {1}")
    @CsvSource({
            "21/08/2026 13:28:27, 2026-08-21T16:28:27Z",
            "01/01/2026 00:00:00, 2026-01-01T03:00:00Z",
            "15/01/2018 10:00:00, 2018-01-15T12:00:00Z",
            "21/08/2026 13:28, 2026-08-21T16:28:00Z"})
    void datesAreSaoPauloLocalTime(String raw, String utc) {
        assertThat(PbxValues.dateTime(raw)).isEqualTo(Instant.parse(utc));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", "2026-08-21 13:28:27", "31/02/2026 10:00:00", "21/13/2026 10:00:00", "xx/08/2026 10:00:00"})
    void junkDatesAreNull(String raw) {
        assertThat(PbxValues.dateTime(raw)).isNull();
    }
}
