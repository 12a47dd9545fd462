package br.com.jttelecom.console.service.board;

import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.OperatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the live board shows at one moment. Times are instants ("since"), not durations, so the screen can
 * tick every second between two refreshes without asking again.
 *
 * @param operators  the operators the viewer may see, by name
 * @param inCall     the calls in progress on their extensions (ringing or talking), oldest first
 * @param waiting    the calls waiting in the queue for a free agent, longest wait first
 * @param pauseAlert a pause longer than this is flagged (setting {@code board.pause.alert.minutes})
 * @param refreshEvery when the screen should ask again (setting {@code board.refresh.seconds})
 */
public record BoardSnapshot(Instant at, List<Operator> operators, List<Call> inCall, List<Call> waiting,
                            Duration pauseAlert, Duration refreshEvery) {

    public BoardSnapshot {
        operators = List.copyOf(operators);
        inCall = List.copyOf(inCall);
        waiting = List.copyOf(waiting);
    }

    /** How long the caller waiting longest has waited at {@code now}, or {@code null} when nobody waits. */
    public Duration longestWait(Instant now) {
        return waiting.isEmpty() ? null : waiting.get(0).timeAt(now);
    }

    /**
     * One operator's state now.
     *
     * @param since    when the state began: from the operator's console timeline when there is one, else when the
     *                 board first saw it (or when the call started, for a call)
     * @param reason   the pause reason, or {@code null}
     * @param customer the number on the operator's call, or {@code null}
     */
    public record Operator(String operatorId, String name, String extension, OperatorState state, String reason,
                           Instant since, String customer) {

        public Duration timeAt(Instant now) {
            Duration d = Duration.between(since, now);
            return d.isNegative() ? Duration.ZERO : d;
        }

        /** A pause running longer than the threshold (the board colours it). */
        public boolean longPause(Instant now, Duration threshold) {
            return state == OperatorState.PAUSED && timeAt(now).compareTo(threshold) > 0;
        }
    }

    /**
     * A call in progress or waiting.
     *
     * @param since when it started (for a waiting call, when the caller began to wait)
     */
    public record Call(String callId, String extension, String operator, String customer, Direction direction,
                       boolean talking, Instant since) {

        public Duration timeAt(Instant now) {
            Duration d = Duration.between(since, now);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }
}
