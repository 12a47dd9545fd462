package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.service.calls.AgentIdentity;
import br.com.jttelecom.console.service.operator.AgentActions;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.calls.LinkedAgentIdentity;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.calls.CallbackReminders;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.calls.CallTracker;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.OnlineMatcher;
import br.com.jttelecom.console.service.operator.OperatorControl;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.store.LeadLookup;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The agent's workspace services, built once: click-to-call, the call tracker and its poller, notes and
 * callbacks; and the signed-in person's {@link AgentDesk} (operator state, rings, auto-pause), opened at each
 * sign-in and closed at sign-out. The poller has its own thread, so a slow PBX answer never delays the
 * notes' debounced saves on the shared scheduler.
 */
public final class CallServices implements AutoCloseable {

    static final Duration NOTES_DEBOUNCE = Duration.ofMillis(300);
    /** Longer than any call worth resuming; older in-progress rows are left to the history sync. */
    static final Duration RESUME_WINDOW = Duration.ofHours(4);

    private final AgentSettings settings;
    private final AgentIdentity agent;
    private final Duration poll;
    private final CallTracker tracker;
    /** Calls dialled for another agent (the local API): followed apart from this console's panel and operator. */
    private final CallTracker othersTracker;
    private final AgentActions.Factory forOthers;
    private final ClickToCall clickToCall;
    /** Builds the operator control of one identity: a signed-in session's desk, or another agent's (the API). */
    private final java.util.function.Function<AgentIdentity, OperatorControl> operators;
    private final CallNotes notes;
    private final CallbackReminders reminders;
    private final ExecutorService background;
    private final ScheduledExecutorService poller;
    /** The signed-in person's desk; null while nobody is signed in to the window. */
    private final AtomicReference<AgentDesk> desk = new AtomicReference<>();

    CallServices(Repositories store, PabxClient pbx, PhoneNumbers phones, AreaCodes areaCodes, Messages messages,
                 ExecutorService background,
                 ScheduledExecutorService scheduler, Clock clock, Session session, AuditTrail audit, Duration poll) {
        CallRepository calls = store.calls();
        CallEventRepository events = store.callEvents();
        LeadLookup leads = store.leadLookup();
        this.settings = new AgentSettings(store.settings());
        this.poll = poll;
        // The signed-in person's linked extension and operator; the settings' values only without a link.
        this.agent = new LinkedAgentIdentity(session, store.extensionLinks(), store.users(), settings);
        this.tracker = new CallTracker(pbx, calls, events, new OnlineMatcher(phones, calls, leads, areaCodes), clock);
        Map<String, String> variables = new LinkedHashMap<>();
        if (!settings.campaign().isBlank()) {
            variables.put("campanha", settings.campaign());
        }
        this.clickToCall = new ClickToCall(pbx, phones, calls, events, leads, tracker, agent, variables, background,
                clock, messages, audit);
        this.operators = who -> new OperatorControl(pbx, who, store.operatorSessions(), store.pauseReasons(),
                settings::wrapUp, clock, audit);
        CallbackRepository callbacks = store.callbacks();
        this.notes = new CallNotes(calls, callbacks, scheduler, NOTES_DEBOUNCE);
        this.reminders = new CallbackReminders(callbacks);
        this.background = background;
        this.othersTracker = new CallTracker(pbx, calls, events, new OnlineMatcher(phones, calls, leads, areaCodes), clock);
        this.forOthers = new AgentActions.Factory(
                who -> new ClickToCall(pbx, phones, calls, events, leads, othersTracker, who, variables, background,
                        clock, messages, audit),
                operators);
        this.poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jt-calls").factory());
    }

    void start(Clock clock) {
        // Calls that were live when the console stopped (or died) are followed again, notes and all.
        tracker.resume(notes.inProgressSince(clock.instant().minus(RESUME_WINDOW), clock.instant().plusSeconds(60)));
        tracker.start(poller, poll);
        othersTracker.start(poller, poll); // polls only while it follows a live call
    }

    /**
     * Opens the desk of whoever has just signed in, for the extension and operator linked to them now; a desk
     * still open (a sign-out that never closed it) is closed first, so two people never share one.
     */
    public AgentDesk openDesk() {
        AgentIdentity who = agent.fixedNow();
        AgentDesk opened = new AgentDesk(who, tracker, operators.apply(who), settings, background, poller);
        AgentDesk before = desk.getAndSet(opened);
        if (before != null) {
            before.close();
        }
        return opened;
    }

    /** Closes the desk at sign-out: its operator state, rings and auto-pause go with it. */
    public void closeDesk(AgentDesk closing) {
        desk.compareAndSet(closing, null);
        closing.close();
    }

    /** The signed-in person's desk, empty while nobody is signed in to the window. */
    public Optional<AgentDesk> desk() {
        return Optional.ofNullable(desk.get());
    }

    /** The extension and operator of whoever acts now (the window's user, or an API request's sender). */
    public AgentIdentity agent() {
        return agent;
    }

    public CallTracker tracker() {
        return tracker;
    }

    public ClickToCall clickToCall() {
        return clickToCall;
    }

    /** What the leads page calls to dial a lead (the same single-flight click-to-call). */
    public br.com.jttelecom.console.service.calls.DialRequests dialRequests() {
        return clickToCall;
    }

    /**
     * This console's identity and instances, for acting as it through {@link AgentActions}: a queue action on the
     * window's own operator goes through the open desk, so the window shows it.
     */
    public AgentActions.Own own() {
        return new AgentActions.Own(agent, clickToCall, operatorId -> desk()
                .filter(d -> operatorId.equals(d.identity().operatorId())).map(AgentDesk::operator));
    }

    /** The click-to-call and operator control of another extension or operator. */
    public AgentActions.Factory forOthers() {
        return forOthers;
    }

    /** Calls followed now: this console's and those dialled for other agents. */
    public int callsInProgress() {
        return tracker.current().size() + othersTracker.current().size();
    }

    public CallNotes notes() {
        return notes;
    }

    /** Which callbacks fall due for whom, each announced once per due time. */
    public CallbackReminders reminders() {
        return reminders;
    }

    @Override
    public void close() {
        desk().ifPresent(this::closeDesk);
        try {
            notes.flushAll();
        } catch (RuntimeException failure) {
            // Logged per call by CallNotes; the trackers and the poller still stop.
            org.slf4j.LoggerFactory.getLogger(CallServices.class).error("notes left unsaved at close: {}", failure.toString());
        }
        tracker.close();
        othersTracker.close();
        poller.shutdownNow();
    }
}
