package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The place saved at the last close is pulled wholly onto the screen: it may be smaller now, or the window was dragged. */
class MainWindowPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aWindowSavedPartlyOffTheRightEdgeComesBackWhole() {
        // Seen under openbox at 1366 × 768: saved at x = 71 with 1364 px of width, 69 px of it off the screen.
        Rectangle2D placed = MainWindow.inside(new WindowBounds(71, 44, 1364, 743, false), SCREEN);

        assertThat(placed.getMinX()).isEqualTo(2);
        assertThat(placed.getMaxX()).isLessThanOrEqualTo(1366);
        assertThat(placed.getMinY()).isEqualTo(25);
        assertThat(placed.getMaxY()).isLessThanOrEqualTo(768);
        assertThat(placed.getWidth()).isEqualTo(1364);
    }

    @Test
    void aWindowSavedOnALargerScreenShrinksToThisOne() {
        Rectangle2D placed = MainWindow.inside(new WindowBounds(300, 200, 1800, 1000, false), SCREEN);

        assertThat(placed).isEqualTo(SCREEN);
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D placed = MainWindow.inside(new WindowBounds(100, 50, 900, 600, false), SCREEN);

        assertThat(placed).isEqualTo(new Rectangle2D(100, 50, 900, 600));
    }
}
