package br.com.jttelecom.console.ui.board;

import br.com.jttelecom.console.model.OperatorState;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * A board line styled by its operator's state ({@code :paused}, {@code :talking}, …) and flagged
 * {@code :long-pause} while a pause runs past the threshold; the flag follows the ticking row.
 */
final class OperatorTableRow extends TableRow<OperatorRow> {

    static final PseudoClass LONG_PAUSE = PseudoClass.getPseudoClass("long-pause");

    private final ChangeListener<Boolean> longPause = (o, was, now) -> pseudoClassStateChanged(LONG_PAUSE, now);
    private OperatorRow watched;

    @Override
    protected void updateItem(OperatorRow item, boolean empty) {
        super.updateItem(item, empty);
        if (watched != null) {
            watched.longPauseProperty().removeListener(longPause);
        }
        watched = empty ? null : item;
        for (OperatorState s : OperatorState.values()) {
            pseudoClassStateChanged(state(s), watched != null && watched.state() == s);
        }
        pseudoClassStateChanged(LONG_PAUSE, watched != null && watched.longPauseProperty().get());
        if (watched != null) {
            watched.longPauseProperty().addListener(longPause);
        }
    }

    private static PseudoClass state(OperatorState s) {
        return PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
