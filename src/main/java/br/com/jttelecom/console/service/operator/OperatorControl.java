package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.PersonRecord;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.calls.AgentIdentity;
import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.calls.CallPhase;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The agent as PBX operator: login, logout, pause with a reason, unpause; and the console's own states
 * around calls (ringing, talking, wrap-up). PBX actions are blocking calls: the UI runs them off its
 * thread. Every change opens a span in {@code operator_session}. Login, logout, pause and unpause are
 * written to the audit trail with the operator id and whether the PBX took them.
 */
public final class OperatorControl implements CallListener {

    private final PabxClient pbx;
    private final AgentIdentity agent;
    private final PauseReasonRepository reasons;
    private final Supplier<Duration> wrapUp;
    private final Clock clock;
    private final AuditTrail audit;
    private final List<Consumer<OperatorStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Localized>> pauseRefusals = new CopyOnWriteArrayList<>();
    private final OperatorStatusKeeper keeper;

    public OperatorControl(PabxClient pbx, AgentIdentity agent, OperatorSessionRepository sessions,
                           PauseReasonRepository reasons, Supplier<Duration> wrapUp, Clock clock, AuditTrail audit) {
        this.pbx = pbx;
        this.agent = agent;
        this.reasons = reasons;
        this.wrapUp = wrapUp;
        this.clock = clock;
        this.audit = audit;
        this.keeper = new OperatorStatusKeeper(agent, sessions, clock);
    }

    public void addListener(Consumer<OperatorStatus> listener) {
        listeners.add(listener);
    }

    /**
     * Hears the PBX's sentence when a pause asked for during a call was refused at the call's end (the agent
     * was no longer logged in there, say): nobody was waiting on that pause's answer, so it is told here.
     */
    public void addPauseRefusedListener(Consumer<Localized> listener) {
        pauseRefusals.add(listener);
    }

    public OperatorStatus status() {
        return keeper.status();
    }

    /** The reasons an agent may pick, in the admin's order. */
    public List<String> pauseReasons() {
        return reasons.active().stream().map(PauseReasonRepository.PauseReason::label).toList();
    }

    /** @return a sentence for the agent when the operator id is the settings' fallback (no link) */
    public Optional<Localized> login() {
        String operator = agent.operatorId();
        Optional<Localized> notice = agent.operatorNotice();
        audited("operador.entrar", operator, notice.isPresent() ? "padrão das configurações, sem vínculo" : null,
                () -> pbx.loginOperator(operator));
        changeToCallOrAvailable();
        return notice;
    }

    /** In the queue: on the call under way if there is one (the PBX sends no queue call meanwhile), else available. */
    private void changeToCallOrAvailable() {
        TrackedCall call = keeper.takeLiveCall();
        if (call == null) {
            change(OperatorState.AVAILABLE, null, null);
            return;
        }
        keeper.setActiveCall(call.callId());
        change(stateOf(call), null, null);
    }

    public void logout() {
        String operator = agent.operatorId();
        audited("operador.sair", operator, null, () -> pbx.logoutOperator(operator));
        change(OperatorState.LOGGED_OUT, null, null);
    }

    /** Pauses now, or — during a call — when the call ends. */
    public void pause(String reason) {
        Optional<OperatorStatus> waiting = keeper.pauseAtCallEnd(reason);
        if (waiting.isPresent()) {
            publish(waiting.get());
            audit.record("operador.pausar", agent.operatorId(), AuditTrail.OK,
                    "motivo " + reason + "; ao fim da chamada em curso");
            return;
        }
        pauseNow(reason);
    }

    public void unpause() {
        String operator = agent.operatorId();
        audited("operador.retomar", operator, null, () -> pbx.unpauseOperator(operator));
        changeToCallOrAvailable();
    }

    /**
     * Takes the state the PBX holds for this operator while the console has none of its own yet (it
     * has just started, "deslogado"): an agent left logged in or paused at the PBX, by a console that
     * closed or another device, sees that, and the buttons offered are the ones the PBX will accept.
     * Only "logged out" is ever replaced, so a login or a call that came first always wins.
     *
     * @return the state taken, empty when the console already had one or the PBX has the operator logged out
     *         or does not list it
     * @throws PabxException when the PBX cannot be asked (the console stays "deslogado")
     */
    public Optional<OperatorState> adoptPbxState() {
        String operator = agent.operatorId();
        if (operator == null || operator.isBlank() || status().state() != OperatorState.LOGGED_OUT) {
            return Optional.empty();
        }
        Optional<PersonRecord> listed = pbx.listPeople(null).stream().filter(p -> operator.equals(p.id())).findFirst();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        OperatorState atPbx = OperatorStates.fromPbx(listed.get().status());
        if (atPbx == OperatorState.LOGGED_OUT) {
            return Optional.empty();
        }
        String reason = atPbx == OperatorState.PAUSED ? blankToNull(listed.get().motivoPausa()) : null;
        // The agent may have logged in (or a call come) while the PBX was asked: then that state stands.
        return change(atPbx, reason, null, OperatorState.LOGGED_OUT) ? Optional.of(atPbx) : Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Ends the wrap-up once its time is up (and it is not held); the shared scheduler calls it every second. */
    public void tick() {
        if (keeper.wrapUpDone()) {
            change(OperatorState.AVAILABLE, null, null);
        }
    }

    /**
     * While held, the wrap-up stays on past its time: the console requires the call's disposition before the
     * agent is back in the queue. Released, a wrap-up whose time is up ends at the next tick.
     */
    public void holdWrapUp(boolean held) {
        keeper.holdWrapUp(held);
    }

    /** When the current wrap-up's time is up; empty when the agent is not in wrap-up. */
    public Optional<Instant> wrapUpEnds() {
        return keeper.wrapUpEnds();
    }

    /** Leaves the wrap-up early (the agent finished the notes). */
    public void finishWrapUp() {
        if (status().state() == OperatorState.WRAP_UP) {
            change(OperatorState.AVAILABLE, null, null);
        }
    }

    @Override
    public void callChanged(TrackedCall call) {
        boolean live = keeper.remember(call);
        OperatorStatus before = status();
        if (before.state() == OperatorState.LOGGED_OUT) {
            return;
        }
        if (before.state() == OperatorState.PAUSED) {
            if (live) {
                callDuringPause(call, before); // a manual dial while paused: the pause's clock stops for it
            }
            return;
        }
        switch (call.phase()) {
            case DIALING, RINGING_EXTENSION, RINGING_CUSTOMER -> {
                if (before.state() != OperatorState.TALKING) {
                    keeper.setActiveCall(call.callId());
                    changeKeepingPause(OperatorState.RINGING, before);
                }
            }
            case TALKING -> {
                keeper.setActiveCall(call.callId());
                changeKeepingPause(OperatorState.TALKING, before);
            }
            case ENDED, FINAL -> {
                if (keeper.isActiveCall(call.callId())) {
                    callEnded();
                }
            }
        }
    }

    private void callDuringPause(TrackedCall call, OperatorStatus paused) {
        keeper.pauseInterrupted(paused);
        keeper.setActiveCall(call.callId());
        show(new OperatorStatus(stateOf(call), clock.instant(), paused.reason(), null, true), true);
    }

    /** The agent's state on a live call: talking once answered, ringing before. */
    private static OperatorState stateOf(TrackedCall call) {
        return call.phase() == CallPhase.TALKING ? OperatorState.TALKING : OperatorState.RINGING;
    }

    /** RINGING → TALKING of the same call keeps a pending pause, or the pause the call was made in. */
    private void changeKeepingPause(OperatorState state, OperatorStatus before) {
        if (before.callDuringPause()) {
            if (before.state() != state) {
                show(new OperatorStatus(state, clock.instant(), before.reason(), null, true), true);
            }
            return;
        }
        change(state, null, before.pendingPause());
    }

    private void callEnded() {
        Optional<OperatorStatusKeeper.CallEnd> ended = keeper.callEnded();
        if (ended.isEmpty()) {
            return;
        }
        OperatorStatus interrupted = ended.get().interruptedPause();
        if (interrupted != null) {
            show(new OperatorStatus(OperatorState.PAUSED, ended.get().pausedSince(), interrupted.reason(), null, false),
                    true);
            return;
        }
        String pending = ended.get().pendingPause();
        if (pending != null) {
            try {
                pauseNow(pending);
                return;
            } catch (PabxException e) {
                // The call is over all the same: the panel must not stay on it, and the agent must hear why.
                pauseRefusals.forEach(l -> l.accept(e));
            }
        }
        keeper.wrapUpFor(wrapUp.get());
        change(OperatorState.WRAP_UP, null, null);
    }

    private void pauseNow(String reason) {
        String operator = agent.operatorId();
        audited("operador.pausar", operator, "motivo " + reason, () -> pbx.pauseOperator(operator, reason));
        change(OperatorState.PAUSED, reason, null);
    }

    /** Sends one queue action and writes its audit row, the PBX's own sentence when it said no. */
    private void audited(String action, String operator, String details, Runnable send) {
        try {
            send.run();
        } catch (PabxException e) {
            audit.record(action, operator, AuditTrail.FAILED, details == null ? e.userMessage() : details + ": " + e.userMessage());
            throw e;
        }
        audit.record(action, operator, AuditTrail.OK, details);
    }

    private void change(OperatorState state, String reason, String pendingPause) {
        change(state, reason, pendingPause, null);
    }

    /**
     * @param onlyFrom when not null, the change happens only while the state is still this one
     * @return whether the status changed
     */
    private boolean change(OperatorState state, String reason, String pendingPause, OperatorState onlyFrom) {
        Optional<OperatorStatus> next = keeper.change(state, reason, pendingPause, onlyFrom);
        next.ifPresent(this::publish); // outside the lock: a listener may ask for the status again
        return next.isPresent();
    }

    /** Shows {@code next} as it is (its own {@code since}); {@code newSpan} opens a timeline span at now. */
    private void show(OperatorStatus next, boolean newSpan) {
        keeper.show(next, newSpan);
        publish(next);
    }

    private void publish(OperatorStatus s) {
        listeners.forEach(l -> l.accept(s));
    }
}
