package br.com.jttelecom.console.ui.board;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.board.BoardSnapshot;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One operator line of the board: fixed texts from the snapshot, and the time in state that ticks. */
public final class OperatorRow {

    private final BoardSnapshot.Operator operator;
    private final String stateText;
    private final String customerText;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper longPause = new ReadOnlyBooleanWrapper();

    OperatorRow(BoardSnapshot.Operator operator, String stateText, String customerText) {
        this.operator = operator;
        this.stateText = stateText;
        this.customerText = customerText;
    }

    public String name() {
        return operator.name() == null ? "" : operator.name();
    }

    public String extension() {
        return operator.extension() == null ? "" : operator.extension();
    }

    public OperatorState state() {
        return operator.state();
    }

    public String stateText() {
        return stateText;
    }

    public String customerText() {
        return customerText;
    }

    BoardSnapshot.Operator operator() {
        return operator;
    }

    void show(String timeText, boolean pausedTooLong) {
        time.set(timeText);
        longPause.set(pausedTooLong);
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** A pause longer than the setting's threshold: the view colours the line. */
    public ReadOnlyBooleanProperty longPauseProperty() {
        return longPause.getReadOnlyProperty();
    }
}
