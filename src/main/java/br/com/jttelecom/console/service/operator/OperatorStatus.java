package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.model.OperatorState;
import java.time.Duration;
import java.time.Instant;

/**
 * The agent's state as shown: the state, since when, the pause reason, and a pause asked during a call
 * that waits for the call to end.
 *
 * @param callDuringPause the agent, paused at the PBX (with {@code reason}), is on a call of their own
 *                        ({@code state} RINGING or TALKING): the pause goes on when the call ends, and its
 *                        time does not count the call
 */
public record OperatorStatus(OperatorState state, Instant since, String reason, String pendingPause,
                             boolean callDuringPause) {

    public OperatorStatus(OperatorState state, Instant since, String reason, String pendingPause) {
        this(state, since, reason, pendingPause, false);
    }

    /** Whether the PBX holds the operator paused: in the pause, or on a call made during it. */
    public boolean pausedAtPbx() {
        return state == OperatorState.PAUSED || callDuringPause;
    }

    public Duration timeIn(Instant now) {
        Duration d = Duration.between(since, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean loggedIn() {
        return state != OperatorState.LOGGED_OUT;
    }
}
