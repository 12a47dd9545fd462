package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.calls.AgentIdentity;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.operator.AutoPause;
import br.com.jttelecom.console.service.calls.CallTracker;
import br.com.jttelecom.console.service.operator.OperatorControl;
import br.com.jttelecom.console.service.calls.RingOutcomes;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One signed-in person's desk: their operator state (queue, call, pending pause, wrap-up), the outcome of the
 * rings on their extension and their auto-pause. Opened at sign-in for the extension and operator that person
 * has then, closed at sign-out: nothing of it reaches whoever signs in next, who starts from the PBX's state of
 * their own operator. The call tracker stays (a call still live at sign-out is followed to its final status);
 * only this desk's listeners on it go.
 */
public final class AgentDesk implements AutoCloseable {

    private final AgentIdentity identity;
    private final CallTracker tracker;
    private final OperatorControl operator;
    private final RingOutcomes rings = new RingOutcomes();
    private final AutoPause autoPause;
    private final ScheduledFuture<?> wrapUpClock;
    /** Set at sign-out: a queue action still finishing then must not make the tracker watch this extension again. */
    private volatile boolean closed;

    AgentDesk(AgentIdentity identity, CallTracker tracker, OperatorControl operator, AgentSettings settings,
              Executor background, ScheduledExecutorService poller) {
        this.identity = identity;
        this.tracker = tracker;
        this.operator = operator;
        this.autoPause = new AutoPause(operator, settings, background);
        String extension = identity.extension();
        tracker.addListener(extension, operator);
        // After the operator: an unanswered ring has moved the agent to wrap-up before the auto-pause looks.
        tracker.addListener(extension, rings);
        rings.addListener(autoPause);
        operator.addListener(autoPause);
        // Inbound screen-pops need the online list only while the agent takes queue calls.
        operator.addListener(s -> {
            if (!closed) {
                tracker.watchExtension(s.loggedIn() ? extension : null);
            }
        });
        this.wrapUpClock = poller.scheduleWithFixedDelay(operator::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** The extension and operator this desk works, as they were at sign-in. */
    public AgentIdentity identity() {
        return identity;
    }

    public OperatorControl operator() {
        return operator;
    }

    /** Whether each inbound ring to this desk's extension was answered (the missed-calls count listens here). */
    public RingOutcomes rings() {
        return rings;
    }

    /** Pauses the agent after the configured number of unanswered rings in a row. */
    public AutoPause autoPause() {
        return autoPause;
    }

    /** Takes this desk's listeners off the tracker and stops its clock; the PBX keeps whatever state it has. */
    @Override
    public void close() {
        closed = true;
        wrapUpClock.cancel(false);
        tracker.removeListener(operator);
        tracker.removeListener(rings);
        tracker.watchExtension(null); // nobody here takes that extension's queue calls any more
    }
}
