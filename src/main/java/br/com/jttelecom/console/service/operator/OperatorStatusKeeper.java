package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.AgentIdentity;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's operator status and what it depends on (the call under way, the pause a call interrupted, when the
 * wrap-up ends), behind one lock so that the PBX's answers, the call tracker's thread and the scheduler's tick never
 * see half a change. Each new state opens a span of the agent's timeline in {@code operator_session}. It only
 * keeps state: {@link OperatorControl} talks to the PBX and tells the listeners.
 */
final class OperatorStatusKeeper {

    /** How a call that ended leaves the agent; {@code pausedSince} set when the call had interrupted a pause. */
    record CallEnd(String pendingPause, OperatorStatus interruptedPause, Instant pausedSince) {
    }

    private final AgentIdentity agent;
    private final OperatorSessionRepository sessions;
    private final Clock clock;
    private OperatorStatus status;
    private Instant wrapUpEnds;
    /** Set while the call's disposition is required and not picked yet: the wrap-up does not end by its clock. */
    private volatile boolean wrapUpHeld;
    /** The call that put the agent in RINGING/TALKING: another call's late history must not end it. */
    private Long activeCall;
    /**
     * The agent's call under way whatever the queue state (null when none): joining the queue or leaving a
     * pause during it shows the call, not "disponível".
     */
    private TrackedCall liveCall;
    /** While a call made during a pause goes on: how long the agent had been in the pause when it began. */
    private Duration pausedFor;

    OperatorStatusKeeper(AgentIdentity agent, OperatorSessionRepository sessions, Clock clock) {
        this.agent = agent;
        this.sessions = sessions;
        this.clock = clock;
        this.status = new OperatorStatus(OperatorState.LOGGED_OUT, clock.instant(), null, null);
    }

    synchronized OperatorStatus status() {
        return status;
    }

    /** The call under way as the agent joins the queue or leaves a pause (null when none); no pause is running. */
    synchronized TrackedCall takeLiveCall() {
        pausedFor = null;
        return liveCall;
    }

    /** During a call, a pause waits for its end: the new status to show, empty when no call is under way. */
    synchronized Optional<OperatorStatus> pauseAtCallEnd(String reason) {
        if (status.state() != OperatorState.RINGING && status.state() != OperatorState.TALKING) {
            return Optional.empty();
        }
        status = new OperatorStatus(status.state(), status.since(), status.reason(), reason);
        return Optional.of(status);
    }

    /** Keeps the agent's call under way; @return whether {@code call} is one (not ended) */
    synchronized boolean remember(TrackedCall call) {
        boolean live = switch (call.phase()) {
            case DIALING, RINGING_EXTENSION, RINGING_CUSTOMER, TALKING -> true;
            case ENDED, FINAL -> false;
        };
        if (live) {
            liveCall = call;
        } else if (liveCall != null && liveCall.callId() == call.callId()) {
            liveCall = null;
        }
        return live;
    }

    /** A manual dial while paused: the pause's clock stops for the call. */
    synchronized void pauseInterrupted(OperatorStatus paused) {
        pausedFor = paused.timeIn(clock.instant());
    }

    synchronized void setActiveCall(long callId) {
        activeCall = callId;
    }

    synchronized boolean isActiveCall(long callId) {
        return activeCall != null && activeCall == callId;
    }

    /** The agent's call ended: what follows it, empty when the agent was not on a call. */
    synchronized Optional<CallEnd> callEnded() {
        if (status.state() != OperatorState.RINGING && status.state() != OperatorState.TALKING) {
            return Optional.empty();
        }
        if (!status.callDuringPause()) {
            return Optional.of(new CallEnd(status.pendingPause(), null, null));
        }
        // The pause's clock goes on from where it stopped: its time never counts the call.
        Instant resumed = pausedFor == null ? clock.instant() : clock.instant().minus(pausedFor);
        pausedFor = null;
        return Optional.of(new CallEnd(status.pendingPause(), status, resumed));
    }

    synchronized void wrapUpFor(Duration length) {
        wrapUpEnds = clock.instant().plus(length);
    }

    /** Whether the wrap-up's time is up and nothing holds it. */
    synchronized boolean wrapUpDone() {
        return status.state() == OperatorState.WRAP_UP && !wrapUpHeld && wrapUpEnds != null
                && !clock.instant().isBefore(wrapUpEnds);
    }

    void holdWrapUp(boolean held) {
        wrapUpHeld = held;
    }

    synchronized Optional<Instant> wrapUpEnds() {
        return status.state() == OperatorState.WRAP_UP ? Optional.ofNullable(wrapUpEnds) : Optional.empty();
    }

    /**
     * @param onlyFrom when not null, the change happens only while the state is still this one
     * @return the new status, empty when nothing changed
     */
    synchronized Optional<OperatorStatus> change(OperatorState state, String reason, String pendingPause,
                                                 OperatorState onlyFrom) {
        if (onlyFrom != null && status.state() != onlyFrom) {
            return Optional.empty();
        }
        if (status.state() == state && Objects.equals(status.reason(), reason)
                && Objects.equals(status.pendingPause(), pendingPause)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean newState = status.state() != state || !Objects.equals(status.reason(), reason);
        status = new OperatorStatus(state, newState ? now : status.since(), reason, pendingPause);
        if (newState) {
            sessions.begin(agent.timelineId(), state, reason, now);
        }
        return Optional.of(status);
    }

    /** Takes {@code next} as it is (its own {@code since}); {@code newSpan} opens a timeline span at now. */
    synchronized void show(OperatorStatus next, boolean newSpan) {
        status = next;
        if (newSpan) {
            sessions.begin(agent.timelineId(), next.state(), next.reason(), clock.instant());
        }
    }
}
