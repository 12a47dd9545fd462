package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The agent as PBX operator: login, logout, pause with a reason, unpause; and the console's own states
 * around calls (ringing, talking, wrap-up). PBX actions are blocking calls: the UI runs them off its
 * thread. Every change opens a span in {@code operator_session}.
 */
public final class OperatorControl implements CallListener {

    private final PabxClient pbx;
    private final AgentIdentity agent;
    private final OperatorSessionRepository sessions;
    private final PauseReasonRepository reasons;
    private final Supplier<Duration> wrapUp;
    private final Clock clock;
    private final List<Consumer<OperatorStatus>> listeners = new CopyOnWriteArrayList<>();
    private OperatorStatus status;
    private Instant wrapUpEnds;
    /** The call that put the agent in RINGING/TALKING: another call's late history must not end it. */
    private Long activeCall;

    public OperatorControl(PabxClient pbx, AgentIdentity agent, OperatorSessionRepository sessions,
                           PauseReasonRepository reasons, Supplier<Duration> wrapUp, Clock clock) {
        this.pbx = pbx;
        this.agent = agent;
        this.sessions = sessions;
        this.reasons = reasons;
        this.wrapUp = wrapUp;
        this.clock = clock;
        this.status = new OperatorStatus(OperatorState.LOGGED_OUT, clock.instant(), null, null);
    }

    public void addListener(Consumer<OperatorStatus> listener) {
        listeners.add(listener);
    }

    public synchronized OperatorStatus status() {
        return status;
    }

    /** The reasons an agent may pick, in the admin's order. */
    public List<String> pauseReasons() {
        return reasons.active().stream().map(PauseReasonRepository.PauseReason::label).toList();
    }

    public void login() {
        pbx.loginOperator(agent.operatorId());
        change(OperatorState.AVAILABLE, null, null);
    }

    public void logout() {
        pbx.logoutOperator(agent.operatorId());
        change(OperatorState.LOGGED_OUT, null, null);
    }

    /** Pauses now, or — during a call — when the call ends. */
    public void pause(String reason) {
        synchronized (this) {
            if (status.state() == OperatorState.RINGING || status.state() == OperatorState.TALKING) {
                status = new OperatorStatus(status.state(), status.since(), status.reason(), reason);
                publish(status);
                return;
            }
        }
        pauseNow(reason);
    }

    public void unpause() {
        pbx.unpauseOperator(agent.operatorId());
        change(OperatorState.AVAILABLE, null, null);
    }

    /** Ends the wrap-up once its time is up; the shared scheduler calls it every second. */
    public void tick() {
        boolean done;
        synchronized (this) {
            done = status.state() == OperatorState.WRAP_UP && wrapUpEnds != null && !clock.instant().isBefore(wrapUpEnds);
        }
        if (done) {
            change(OperatorState.AVAILABLE, null, null);
        }
    }

    /** Leaves the wrap-up early (the agent finished the notes). */
    public void finishWrapUp() {
        if (status().state() == OperatorState.WRAP_UP) {
            change(OperatorState.AVAILABLE, null, null);
        }
    }

    @Override
    public void callChanged(TrackedCall call) {
        OperatorState now = status().state();
        if (now == OperatorState.LOGGED_OUT || now == OperatorState.PAUSED) {
            return; // a call while paused (a manual dial) does not change the queue state
        }
        switch (call.phase()) {
            case DIALING, RINGING_EXTENSION, RINGING_CUSTOMER -> {
                if (now != OperatorState.TALKING) {
                    setActiveCall(call.callId());
                    change(OperatorState.RINGING, null, pendingPause());
                }
            }
            case TALKING -> {
                setActiveCall(call.callId());
                change(OperatorState.TALKING, null, pendingPause());
            }
            case ENDED, FINAL -> {
                if (isActiveCall(call.callId())) {
                    callEnded();
                }
            }
        }
    }

    private void callEnded() {
        String pending;
        synchronized (this) {
            if (status.state() != OperatorState.RINGING && status.state() != OperatorState.TALKING) {
                return;
            }
            pending = status.pendingPause();
        }
        if (pending != null) {
            pauseNow(pending);
        } else {
            synchronized (this) {
                wrapUpEnds = clock.instant().plus(wrapUp.get());
            }
            change(OperatorState.WRAP_UP, null, null);
        }
    }

    private void pauseNow(String reason) {
        pbx.pauseOperator(agent.operatorId(), reason);
        change(OperatorState.PAUSED, reason, null);
    }

    private synchronized void setActiveCall(long callId) {
        activeCall = callId;
    }

    private synchronized boolean isActiveCall(long callId) {
        return activeCall != null && activeCall == callId;
    }

    private synchronized String pendingPause() {
        return status.pendingPause();
    }

    private void change(OperatorState state, String reason, String pendingPause) {
        OperatorStatus next;
        synchronized (this) {
            if (status.state() == state && java.util.Objects.equals(status.reason(), reason)
                    && java.util.Objects.equals(status.pendingPause(), pendingPause)) {
                return;
            }
            Instant now = clock.instant();
            boolean newState = status.state() != state || !java.util.Objects.equals(status.reason(), reason);
            next = new OperatorStatus(state, newState ? now : status.since(), reason, pendingPause);
            status = next;
            if (newState) {
                sessions.begin(agent.operatorId(), state, reason, now);
            }
        }
        publish(next);
    }

    private void publish(OperatorStatus s) {
        listeners.forEach(l -> l.accept(s));
    }
}
