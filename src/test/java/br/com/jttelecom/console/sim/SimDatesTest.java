package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written duration spellings say exactly what {@code String.format} said before them. */
class SimDatesTest {

    @Test
    void hmsIsTheFormatSpellingForEveryDurationUpToAHundredHoursAndBeyond() {
        for (long s = -3_700; s <= 360_000; s += s < 4_000 ? 1 : 97) {
            assertThat(SimDates.hms(s)).as("%d s", s)
                    .isEqualTo(String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60));
        }
    }

    @Test
    void hmsMillisIsTheFormatSpellingWithThreeDigitMilliseconds() {
        for (long ms = -2_500; ms <= 7_300_000; ms += ms < 5_000 ? 1 : 1_009) {
            assertThat(SimDates.hmsMillis(ms)).as("%d ms", ms).isEqualTo(String.format("%02d:%02d:%02d",
                    ms / 1000 / 3600, (ms / 1000 / 60) % 60, ms / 1000 % 60) + String.format(",%03d", ms % 1000));
        }
    }
}
