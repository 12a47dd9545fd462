package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short, seeded version of {@code bench/run apifuzz}: a few hundred odd requests over every route. */
class ApiFuzzTest {

    @TempDir
    Path dataDir;

    @Test
    void noServerErrorNoHangAndAlwaysTheJsonErrorShape() throws Exception {
        try (ApiFuzz fuzz = new ApiFuzz(dataDir, Duration.ofSeconds(10))) {
            ApiFuzz.Result r = fuzz.run(300, 18L);
            assertThat(r.examples()).as("requests that broke a rule").isEmpty();
            assertThat(r.serverErrors()).isZero();
            assertThat(r.hangs()).isZero();
            assertThat(r.notJson()).isZero();
            assertThat(r.requests()).isEqualTo(300);
        }
    }
}
