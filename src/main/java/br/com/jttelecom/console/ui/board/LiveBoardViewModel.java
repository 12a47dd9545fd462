package br.com.jttelecom.console.ui.board;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.board.BoardSnapshot;
import br.com.jttelecom.console.service.board.LiveBoard;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live board on screen: operators with their state and time in it, the calls in progress and the queue.
 * {@link #refresh()} asks the service (in the background; one request at a time), {@link #tick()} moves every
 * timer on by the clock between two refreshes. The view drives both and stops when the page hides.
 */
public final class LiveBoardViewModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Until the first snapshot brings the setting. */
    private static final Duration FIRST_INTERVAL = Duration.ofSeconds(3);

    private final Messages messages;
    private final LiveBoard board;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final UnaryOperator<String> phone;

    private final ObservableList<OperatorRow> operators = FXCollections.observableArrayList();
    private final ObservableList<CallLine> calls = FXCollections.observableArrayList();
    private final ObservableList<CallLine> waiting = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper longestWait = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BoardSnapshot shown;
    private boolean asking;

    /** @param phone how a customer number is shown ("(48) 99123-4567"); the text as sent when it does not parse */
    public LiveBoardViewModel(Messages messages, LiveBoard board, TaskRunner tasks, Clock clock, ZoneId zone,
                              UnaryOperator<String> phone) {
        this.messages = messages;
        this.board = board;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        this.phone = phone;
    }

    /** How often the view should call {@link #refresh()}: the setting the last snapshot carried. */
    public Duration refreshInterval() {
        return shown == null ? FIRST_INTERVAL : shown.refreshEvery();
    }

    /** Asks for a new snapshot unless one is on its way; a failure keeps the last rows and says why. */
    public void refresh() {
        if (asking) {
            return;
        }
        asking = true;
        tasks.run(board::snapshot, this::show, e -> {
            asking = false;
            status.set(messages.get("board.failedBecause", ErrorSentences.detail(e, messages)));
        });
    }

    private void show(BoardSnapshot s) {
        asking = false;
        shown = s;
        operators.setAll(s.operators().stream().map(this::operatorRow).toList());
        calls.setAll(s.inCall().stream().map(c -> line(c, false)).toList());
        waiting.setAll(s.waiting().stream().map(c -> line(c, true)).toList());
        status.set(messages.get("board.updated", LocalTime.ofInstant(s.at(), zone).format(CLOCK)));
        tick();
    }

    /** Moves every timer to the clock's now (once a second while the board shows). */
    public void tick() {
        if (shown == null) {
            return;
        }
        Instant now = clock.instant();
        for (OperatorRow row : operators) {
            row.show(Durations.format(row.operator().timeAt(now)), row.operator().longPause(now, shown.pauseAlert()));
        }
        calls.forEach(c -> c.show(Durations.format(c.call().timeAt(now))));
        waiting.forEach(c -> c.show(Durations.format(c.call().timeAt(now))));
        Duration longest = shown.longestWait(now);
        longestWait.set(longest == null ? messages.get("board.queue.empty")
                : messages.get("board.queue.longest", waiting.size(), Durations.format(longest)));
        summary.set(messages.get("board.summary", count(OperatorState.AVAILABLE), count(OperatorState.TALKING),
                count(OperatorState.RINGING), count(OperatorState.WRAP_UP), count(OperatorState.PAUSED),
                count(OperatorState.LOGGED_OUT)));
    }

    private long count(OperatorState state) {
        return operators.stream().filter(r -> r.state() == state).count();
    }

    private OperatorRow operatorRow(BoardSnapshot.Operator o) {
        String state = messages.get("operator.state." + o.state().name());
        if (o.reason() != null) {
            state = state + " — " + o.reason();
        }
        return new OperatorRow(o, state, o.customer() == null ? "" : phone.apply(o.customer()));
    }

    private CallLine line(BoardSnapshot.Call c, boolean queued) {
        String who = queued ? "" : c.operator() == null ? nullToEmpty(c.extension())
                : c.extension() == null ? c.operator() : c.operator() + " · " + c.extension();
        String state = messages.get(queued ? "board.call.queued" : c.talking() ? "board.call.talking" : "board.call.ringing");
        String customer = c.customer() == null ? messages.get("board.call.unknownNumber") : phone.apply(c.customer());
        return new CallLine(c, who, customer, state);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<OperatorRow> operators() {
        return operators;
    }

    public ObservableList<CallLine> calls() {
        return calls;
    }

    public ObservableList<CallLine> waiting() {
        return waiting;
    }

    /** How many operators are in each state. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "3 na fila — maior espera 02:15", or that nobody waits. */
    public ReadOnlyStringProperty longestWaitProperty() {
        return longestWait.getReadOnlyProperty();
    }

    /** When the board was last updated, or why it could not be. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
