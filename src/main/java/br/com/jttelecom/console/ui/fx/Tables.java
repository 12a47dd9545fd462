package br.com.jttelecom.console.ui.fx;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Small table helpers every page uses. */
public final class Tables {

    private Tables() {
    }

    /** A read-only text column computed from the row. */
    public static <R> void textColumn(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
