package br.com.jttelecom.console.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.OperatorState;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The tray icon's drawing (no display needed) and the tray's absence on a headless session. */
class TrayImagesTest {

    private static final int SIZE = 32;

    @ParameterizedTest
    @EnumSource(OperatorState.class)
    void theDiscHasTheColourOfTheState(OperatorState state) {
        BufferedImage image = TrayImages.draw(state, 0, SIZE);
        assertThat(image.getWidth()).isEqualTo(SIZE);
        assertThat(image.getRGB(SIZE / 2, SIZE / 2)).isEqualTo(TrayImages.colour(state).getRGB());
    }

    @Test
    void missedCallsPutARedBadgeInTheCorner() {
        BufferedImage none = TrayImages.draw(OperatorState.AVAILABLE, 0, SIZE);
        BufferedImage some = TrayImages.draw(OperatorState.AVAILABLE, 3, SIZE);
        int x = SIZE - SIZE * 5 / 16; // inside the badge, off its digit's centre stroke
        int y = SIZE / 10;
        assertThat(some.getRGB(x - SIZE / 6, y + SIZE / 6)).isEqualTo(TrayImages.BADGE.getRGB());
        assertThat(none.getRGB(x - SIZE / 6, y + SIZE / 6)).isNotEqualTo(TrayImages.BADGE.getRGB());
    }

    @Test
    void aSessionWithNoDisplayGetsNoTrayAndNoError() {
        // The tests run with java.awt.headless=true, as a server or CI session would.
        Optional<DesktopTray> tray = DesktopTray.install(null, null, () -> { });
        assertThat(tray).isEmpty();
    }
}
