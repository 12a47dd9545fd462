package br.com.jttelecom.console.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.util.WaitForAsyncUtils;

/** Whether a person sees a node without scrolling: shown, inside the window and every scroll pane's view. */
final class InSight {

    private InSight() {
    }

    static boolean of(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            if (!node.isVisible() || node.getScene() == null) {
                return false;
            }
            Bounds b = node.localToScene(node.getBoundsInLocal());
            if (b.getHeight() <= 0 || b.getMinY() < 0 || b.getMaxY() > node.getScene().getHeight()
                    || b.getMaxX() > node.getScene().getWidth()) {
                return false;
            }
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() || b.getMaxY() > view.getMaxY()) {
                        return false;
                    }
                }
            }
            return true;
        }).get();
    }
}
