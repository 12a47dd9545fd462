package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingControlsTest {

    final RecordingControls controls = new RecordingControls(Messages.portuguese());
    final List<Double> seeks = new ArrayList<>();

    RecordingControlsTest() {
        controls.seekWith(seeks::add);
    }

    @Test
    void nothingWorksBeforeTheRecordingIsOpen() {
        controls.togglePlay();
        controls.forward();
        controls.seek(12);

        assertThat(controls.readyProperty().get()).isFalse();
        assertThat(controls.playingProperty().get()).isFalse();
        assertThat(seeks).isEmpty();
        assertThat(controls.playTextProperty().get()).isEqualTo("Tocar");
    }

    @Test
    void playAndPauseSwapTheButtonText() {
        controls.loaded(Duration.ofSeconds(65));

        controls.togglePlay();
        assertThat(controls.playingProperty().get()).isTrue();
        assertThat(controls.playTextProperty().get()).isEqualTo("Pausar");

        controls.togglePlay();
        assertThat(controls.playingProperty().get()).isFalse();
        assertThat(controls.playTextProperty().get()).isEqualTo("Tocar");
    }

    @Test
    void tenSecondsBackAndForwardStayInsideTheRecording() {
        controls.loaded(Duration.ofSeconds(65));
        controls.togglePlay();
        controls.at(Duration.ofSeconds(4));

        controls.forward();
        assertThat(controls.positionProperty().get()).isEqualTo(14.0);
        controls.back();
        controls.back();
        assertThat(controls.positionProperty().get()).isZero();
        controls.at(Duration.ofSeconds(60));
        controls.forward();

        assertThat(seeks).containsExactly(14.0, 4.0, 0.0, 65.0);
        assertThat(controls.positionTextProperty().get()).isEqualTo("1:05 / 1:05");
    }

    @Test
    void theSliderSeeksWhereItIsLetGoWithinTheLength() {
        controls.loaded(Duration.ofMillis(30_500));

        controls.seek(12.25);
        controls.seek(99);
        controls.seek(-3);

        assertThat(seeks).containsExactly(12.25, 30.5, 0.0);
        assertThat(controls.lengthProperty().get()).isEqualTo(30.5);
    }

    @Test
    void thePositionReadsAsTheRestOfTheConsoleReadsDurations() {
        controls.loaded(Duration.ofSeconds(3725));
        controls.togglePlay();
        controls.at(Duration.ofMillis(70_900));

        assertThat(controls.positionTextProperty().get()).isEqualTo("1:10 / 1:02:05");
    }

    @Test
    void theSpeedIsOneOfOneOneAndAHalfAndTwo() {
        assertThat(controls.speedProperty().get()).isEqualTo(1.0);

        controls.speed(1.5);
        assertThat(controls.speedProperty().get()).isEqualTo(1.5);
        controls.speed(3.0);
        assertThat(controls.speedProperty().get()).as("not offered").isEqualTo(1.5);
        controls.speed(2.0);
        assertThat(controls.speedProperty().get()).isEqualTo(2.0);
    }

    @Test
    void theSpeedIsWrittenInTheConsolesLanguage() {
        assertThat(RecordingControls.SPEEDS).extracting(controls::speedText).containsExactly("1×", "1,5×", "2×");
        RecordingControls english = new RecordingControls(new Messages(Locale.ENGLISH));
        assertThat(RecordingControls.SPEEDS).extracting(english::speedText).containsExactly("1×", "1.5×", "2×");
    }

    @Test
    void theEndGoesBackToTheStartStoppedAndTheSpeedOutlivesTheFile() {
        controls.loaded(Duration.ofSeconds(20));
        controls.speed(2.0);
        controls.togglePlay();
        controls.at(Duration.ofSeconds(20));

        controls.ended();
        controls.at(Duration.ofSeconds(20)); // the player's last report, heard after its end (seen in a CI run)
        assertThat(controls.playingProperty().get()).isFalse();
        assertThat(controls.positionProperty().get()).isZero();

        controls.unloaded();
        assertThat(controls.readyProperty().get()).isFalse();
        assertThat(controls.positionTextProperty().get()).isEmpty();
        assertThat(controls.speedProperty().get()).isEqualTo(2.0);
    }
}
