package br.com.jttelecom.console.ui.leads;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A search field with a magnifier and a clear button. AtlantaFX's {@link CustomTextField} rather
 * than ControlsFX's clearable field: the ControlsFX one brings a stylesheet built on Modena's
 * colours, which AtlantaFX does not define (CSS warnings on every layout, wrong colours).
 */
public final class SearchField {

    private SearchField() {
    }

    public static TextField create() {
        CustomTextField field = new CustomTextField();
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        FontIcon clear = new FontIcon(Material2AL.CLEAR);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> {
            field.clear();
            field.requestFocus();
        });
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        return field;
    }
}
