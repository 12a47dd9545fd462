package br.com.jttelecom.console.ui.fx;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * JavaFX shows no tooltip over a disabled control, yet a button the PBX outage turned off is exactly
 * where the agent asks "why?". The control goes into a thin wrapper whose tooltip gives the reason
 * while the control is off; the control keeps its own tooltip (with its shortcut) for when it is on.
 */
public final class DisabledReason {

    private DisabledReason() {
    }

    /** A wrapper around {@code control} that explains, while it is disabled, why. */
    public static StackPane wrap(Control control, ObservableStringValue reason) {
        StackPane wrapper = new StackPane(control);
        wrapper.getStyleClass().add("disabled-reason");
        wrapper.setMaxWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(reason);
        Runnable sync = () -> {
            if (control.isDisabled() && tip.getText() != null && !tip.getText().isEmpty()) {
                Tooltip.install(wrapper, tip);
            } else {
                Tooltip.uninstall(wrapper, tip);
            }
        };
        control.disabledProperty().addListener((obs, was, now) -> sync.run());
        tip.textProperty().addListener((obs, was, now) -> sync.run());
        sync.run();
        return wrapper;
    }

    /** As {@link #wrap}, putting the wrapper where the control was in its (FXML-built) parent. */
    public static StackPane wrapInPlace(Control control, ObservableStringValue reason) {
        Parent parent = control.getParent();
        if (!(parent instanceof Pane pane)) {
            throw new IllegalStateException("the control must sit in a Pane: " + control.getId());
        }
        int index = pane.getChildren().indexOf(control);
        Object hgrow = control.getProperties().get("hbox-hgrow");
        Object vgrow = control.getProperties().get("vbox-vgrow");
        pane.getChildren().remove(index);
        StackPane wrapper = wrap(control, reason);
        pane.getChildren().add(index, wrapper);
        if (hgrow != null) {
            HBox.setHgrow(wrapper, (javafx.scene.layout.Priority) hgrow);
        }
        if (vgrow != null) {
            VBox.setVgrow(wrapper, (javafx.scene.layout.Priority) vgrow);
        }
        if (control.getMaxWidth() == Double.MAX_VALUE) {
            wrapper.setMaxWidth(Double.MAX_VALUE);
        }
        return wrapper;
    }
}
