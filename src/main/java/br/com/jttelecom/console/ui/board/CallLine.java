package br.com.jttelecom.console.ui.board;

import br.com.jttelecom.console.service.board.BoardSnapshot;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One call on the board (in progress or waiting in the queue): fixed texts, and its timer that ticks. */
public final class CallLine {

    private final BoardSnapshot.Call call;
    private final String who;
    private final String customer;
    private final String stateText;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");

    CallLine(BoardSnapshot.Call call, String who, String customer, String stateText) {
        this.call = call;
        this.who = who;
        this.customer = customer;
        this.stateText = stateText;
    }

    /** The operator and extension ("Ana Souza (Mariana Costa) · 201"), empty for a caller still in the queue. */
    public String who() {
        return who;
    }

    public String customer() {
        return customer;
    }

    public String stateText() {
        return stateText;
    }

    BoardSnapshot.Call call() {
        return call;
    }

    void show(String timeText) {
        time.set(timeText);
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }
}
