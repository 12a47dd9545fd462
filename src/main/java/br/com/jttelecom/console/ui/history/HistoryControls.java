package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.service.history.PeriodPreset;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;
import java.util.function.Function;

/** Builds the history table's cells and the filter widgets; shared by the local and PBX tabs. */
final class HistoryControls {

    private HistoryControls() {
    }

    static void period(ComboBox<PeriodPreset> box, Messages messages) {
        box.getItems().setAll(PeriodPreset.values());
        box.setConverter(converter(p -> messages.get("history.period." + p.name())));
    }

    /** Keeps the CheckComboBox's checks and the form's list the same, both ways. */
    /** @param none what the closed box says while nothing is checked (no filter: every value), not a blank box */
    static <T> void checks(CheckComboBox<T> box, T[] values, ObservableList<T> selected, Function<T, String> text,
                           String none) {
        box.getItems().setAll(values);
        box.setConverter(converter(text));
        // With a title the box shows it instead of the checked values: only while there are none.
        box.titleProperty().bind(javafx.beans.binding.Bindings.when(
                javafx.beans.binding.Bindings.isEmpty(box.getCheckModel().getCheckedItems()))
                .then(none).otherwise((String) null));
        Runnable pull = () -> {
            box.getCheckModel().clearChecks();
            selected.forEach(v -> box.getCheckModel().check(v));
        };
        pull.run();
        boolean[] syncing = {false};
        selected.addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                pull.run();
                syncing[0] = false;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                selected.setAll(box.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
    }

    @SafeVarargs
    static void columns(TableColumn<CallRow, CallRow>... columns) {
        text(columns[0], CallRow::dateTime);
        columns[1].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        // Direction and recording are one icon per line (the arrows of a phone's call log): their headers are
        // icons too, named on hover and for screen readers, so ten columns fit beside the call panel at 1366 px.
        iconHeader(columns[1], Material2MZ.SWAP_VERT);
        columns[1].setCellFactory(c -> new IconCell(r -> r.direction() == null ? null : switch (r.direction()) {
            case INBOUND -> Material2AL.CALL_RECEIVED;
            case OUTBOUND -> Material2AL.CALL_MADE;
            case INTERNAL -> Material2AL.CALL_SPLIT;
        }, r -> "", CallRow::directionText));
        text(columns[2], CallRow::number);
        text(columns[3], CallRow::lead);
        text(columns[4], CallRow::agent);
        text(columns[5], CallRow::extension);
        columns[6].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        columns[6].setCellFactory(c -> new StatusCell());
        text(columns[7], CallRow::duration);
        text(columns[8], CallRow::outcome);
        iconHeader(columns[9], Material2MZ.PLAY_CIRCLE_OUTLINE);
        columns[9].setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        columns[9].setCellFactory(c -> new IconCell(r -> r.hasRecording() ? Material2MZ.PLAY_CIRCLE_OUTLINE : null,
                r -> ""));
    }

    /** The column's name moves to the tooltip and the accessible text of an icon in its header. */
    private static void iconHeader(TableColumn<CallRow, CallRow> column, org.kordamp.ikonli.Ikon ikon) {
        Label header = new Label(null, new FontIcon(ikon));
        header.setTooltip(new Tooltip(column.getText()));
        header.setAccessibleText(column.getText());
        column.setGraphic(header);
        column.setText("");
    }

    private static void text(TableColumn<CallRow, CallRow> column, Function<CallRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new IconCell(r -> null, value));
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Text with an optional icon, and optionally a name on hover (for an icon alone). */
    private static class IconCell extends TableCell<CallRow, CallRow> {
        private final Function<CallRow, org.kordamp.ikonli.Ikon> icon;
        private final Function<CallRow, String> text;
        private final Function<CallRow, String> hint;
        private final Tooltip tooltip = new Tooltip();

        IconCell(Function<CallRow, org.kordamp.ikonli.Ikon> icon, Function<CallRow, String> text) {
            this(icon, text, null);
        }

        IconCell(Function<CallRow, org.kordamp.ikonli.Ikon> icon, Function<CallRow, String> text,
                 Function<CallRow, String> hint) {
            this.icon = icon;
            this.text = text;
            this.hint = hint;
        }

        @Override
        protected void updateItem(CallRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(row));
            org.kordamp.ikonli.Ikon i = icon.apply(row);
            setGraphic(i == null ? null : new FontIcon(i));
            if (hint != null) {
                tooltip.setText(hint.apply(row));
                setTooltip(tooltip);
                setAccessibleText(hint.apply(row));
            }
        }
    }

    /** The status as text, coloured by a pseudo-class per status ({@code :completed}, {@code :missed} …). */
    private static final class StatusCell extends IconCell {
        StatusCell() {
            super(r -> null, CallRow::statusText);
            getStyleClass().add("call-status");
        }

        @Override
        protected void updateItem(CallRow row, boolean empty) {
            super.updateItem(row, empty);
            for (CallStatus s : CallStatus.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        !empty && row != null && row.status() == s);
            }
        }
    }
}
