package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.OperatorState;
import java.time.Duration;
import java.time.Instant;

/**
 * The agent's state as shown: the state, since when, the pause reason, and a pause asked during a call
 * that waits for the call to end.
 */
public record OperatorStatus(OperatorState state, Instant since, String reason, String pendingPause) {

    public Duration timeIn(Instant now) {
        Duration d = Duration.between(since, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean loggedIn() {
        return state != OperatorState.LOGGED_OUT;
    }
}
