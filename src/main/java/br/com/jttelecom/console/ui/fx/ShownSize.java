package br.com.jttelecom.console.ui.fx;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.function.BooleanSupplier;

/**
 * Holds a newly shown stage at the size it asked for. JavaFX 21 on GTK under a window manager (JDK-8316423, fixed
 * in JavaFX 22) lets the window manager's first answer win over the stage's size: the window opens at 200 × 200,
 * whatever the scene or the stage asked, before or right after {@code show()}. So for a moment after it is shown,
 * a stage that comes out smaller than asked is sized again — a bounded number of times, in case a window manager
 * (a tiling one) keeps it small on purpose.
 */
public final class ShownSize {

    /** The window manager's first answer comes within this; later changes are the person's. */
    static final Duration SETTLE = Duration.seconds(2);
    static final int MAX_CORRECTIONS = 3;

    private ShownSize() {
    }

    /** Call on the JavaFX thread right after {@code stage.show()}; centres the stage when {@code x} is NaN. */
    public static void hold(Stage stage, double x, double y, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        keep(stage, () -> stage.getWidth() < w * 0.9 || stage.getHeight() < h * 0.9, () -> {
            stage.setWidth(w);
            stage.setHeight(h);
            if (Double.isNaN(x)) {
                stage.centerOnScreen();
            } else {
                stage.setX(x);
                stage.setY(y);
            }
        });
    }

    /** A dialog's stage, right after it is shown: its content's size, centred on its owner (or the screen). */
    public static void fitContent(Stage stage, Window owner) {
        Parent root = stage.getScene().getRoot();
        keep(stage, () -> stage.getScene().getWidth() < root.prefWidth(-1) * 0.9
                || stage.getScene().getHeight() < root.prefHeight(stage.getScene().getWidth()) * 0.9, () -> {
            stage.sizeToScene();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double x = owner == null ? screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2
                    : owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
            double y = owner == null ? screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 3
                    : owner.getY() + (owner.getHeight() - stage.getHeight()) / 3;
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - stage.getHeight())));
        });
    }

    private static void keep(Stage stage, BooleanSupplier small, Runnable apply) {
        int[] corrections = {0};
        Runnable correct = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.isShowing()) {
                apply.run();
            }
        };
        ChangeListener<Number> tooSmall = (obs, old, now) -> {
            if (small.getAsBoolean() && corrections[0] < MAX_CORRECTIONS) {
                corrections[0]++;
                Platform.runLater(correct);
            }
        };
        stage.widthProperty().addListener(tooSmall);
        stage.heightProperty().addListener(tooSmall);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            stage.widthProperty().removeListener(tooSmall);
            stage.heightProperty().removeListener(tooSmall);
            if (small.getAsBoolean()) {
                correct.run(); // the last word, once the window manager has settled
            }
        });
        settle.play();
        if (small.getAsBoolean()) {
            Platform.runLater(correct);
        }
    }
}
