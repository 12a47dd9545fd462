package br.com.jttelecom.console.ui.admin;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a field's error sentence in the label under it, and marks the field, only while there is one. */
final class FieldErrorLabels {

    /** The theme's own state for a wrong input: it draws the field's border in the danger colour. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FieldErrorLabels() {
    }

    static void bind(Label label, ReadOnlyStringProperty error, Node field) {
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        // Takes no room while the field is right, so the form does not jump between saves.
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, !now.isEmpty()));
    }
}
