package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxProtocolError;
import br.com.jttelecom.console.pabx.PabxUnavailable;
import br.com.jttelecom.console.pabx.wire.WriteAnswer;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Click-to-call: validates the number, stores the call and its {@code dialing} event, then sends
 * {@code discar_numero} once. Never retried: a repeated dial rings a customer twice. One dial at a
 * time (the agent has one extension), so a double click or a second click while the first is in
 * flight is answered {@link DialResult.Kind#ALREADY_DIALING} without a request.
 *
 * <p>The extension that rings is the caller's own ({@link AgentIdentity}, read on the calling thread so a
 * request of the local API dials from its sender's extension). Every dial sent is written to the audit
 * trail: who, the number, the extension, and whether the PBX took it.
 */
public final class ClickToCall implements DialRequests {

    private static final Logger LOG = LoggerFactory.getLogger(ClickToCall.class);

    private final PabxClient pbx;
    private final PhoneNumbers phones;
    private final CallRepository calls;
    private final CallEventRepository events;
    private final LeadLookup leads;
    private final CallTracker tracker;
    private final AgentIdentity agent;
    private final Map<String, String> baseVariables;
    private final Executor executor;
    private final Clock clock;
    private final Messages messages;
    private final AuditTrail audit;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final List<Consumer<DialResult>> listeners = new CopyOnWriteArrayList<>();
    /** Why dials are held now (the last call's disposition is required first), or null; set by the signed-in desk. */
    private volatile java.util.function.Supplier<String> hold = () -> null;

    public ClickToCall(PabxClient pbx, PhoneNumbers phones, CallRepository calls, CallEventRepository events,
                       LeadLookup leads, CallTracker tracker, AgentIdentity agent, Map<String, String> baseVariables,
                       Executor executor, Clock clock, Messages messages, AuditTrail audit) {
        this.pbx = pbx;
        this.phones = phones;
        this.calls = calls;
        this.events = events;
        this.leads = leads;
        this.tracker = tracker;
        this.agent = agent;
        this.baseVariables = Map.copyOf(baseVariables);
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
    }

    /** Results of dials started through {@link #requestDial}, for a UI that did not start them itself. */
    public void addResultListener(Consumer<DialResult> listener) {
        listeners.add(listener);
    }

    public void removeResultListener(Consumer<DialResult> listener) {
        listeners.remove(listener);
    }

    /** Result listeners now registered: each signed-in window adds one and takes it away at sign-out. */
    public int resultListenerCount() {
        return listeners.size();
    }

    /**
     * Holds every dial while {@code reason} gives a sentence (the signed-in desk requires the last call's
     * disposition first); null lifts the hold, as at sign-out.
     */
    public void holdWhile(java.util.function.Supplier<String> reason) {
        hold = reason == null ? () -> null : reason;
    }

    @Override
    public void requestDial(long leadId, String e164, Long opportunityId) {
        // The lead's name is looked up on the executor: this is called from the UI thread.
        dial(new DialTarget(e164, leadId, null, opportunityId))
                .thenAccept(r -> listeners.forEach(l -> l.accept(r)));
    }

    /** A number confirmed outside the call panel (a tel: link): dialled, its result sent to the listeners. */
    public void requestDialNumber(String raw) {
        dialNumber(raw).thenAccept(r -> listeners.forEach(l -> l.accept(r)));
    }

    /**
     * Dials; the guard and the validation answer at once, the rest completes on the executor.
     * The future never completes exceptionally: every failure is a {@link DialResult}.
     */
    public CompletableFuture<DialResult> dial(DialTarget asked) {
        String held = hold.get();
        if (held != null) {
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.HELD, null, held));
        }
        BrazilianNumber number;
        DialTarget target;
        String dialString;
        try {
            number = phones.parse(asked.number());
            dialString = phones.dialString(number);
        } catch (InvalidPhoneNumber e) {
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.INVALID_NUMBER, null, e.in(messages)));
        }
        try {
            // Checked once, here: what goes out is the checked copy.
            target = new DialTarget(asked.number(), asked.leadId(), asked.leadName(), asked.opportunityId(),
                    DialVariables.checked(asked.variables()));
        } catch (InvalidInput e) {
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.INVALID_INPUT, null, e.in(messages)));
        }
        if (target.leadId() != null && leads.byId(target.leadId()).isEmpty()) {
            // The call row names its lead: an unknown one would fail the write after the checks.
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.INVALID_INPUT, null,
                    messages.get("dial.unknownLead", Long.toString(target.leadId()))));
        }
        if (target.leadId() != null && tracker.leadInLiveCall(target.leadId())) {
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.ALREADY_DIALING, null, messages.get("dial.leadInCall")));
        }
        if (!inFlight.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(new DialResult(DialResult.Kind.ALREADY_DIALING, null, messages.get("dial.alreadyDialing")));
        }
        try {
            Origin origin = new Origin(agent.extension(), agent.userId(), audit.currentActor(),
                    agent.extensionNotice().map(n -> n.in(messages)).orElse(null));
            return CompletableFuture.supplyAsync(() -> send(target, number, dialString, origin), executor)
                    .whenComplete((r, e) -> inFlight.set(false));
        } catch (RuntimeException rejected) {
            inFlight.set(false);
            throw rejected;
        }
    }

    public CompletableFuture<DialResult> dialNumber(String raw) {
        return dial(DialTarget.number(raw));
    }

    /** Who dials and from where, read on the caller's thread. */
    private record Origin(String extension, Long userId, String actor, String notice) {
    }

    private DialResult send(DialTarget target, BrazilianNumber number, String dialString, Origin origin) {
        String extension = origin.extension();
        String leadName = target.leadName() != null || target.leadId() == null ? target.leadName()
                : leads.byId(target.leadId()).map(LeadLookup.LeadMatch::name).orElse(null);
        Instant now = clock.instant();
        // Stored before the request goes out: if the console dies mid-dial, the attempt is on record.
        Call stored = calls.insert(Reports.newOutbound(target.leadId(), target.opportunityId(), origin.userId(),
                number.e164(), extension, now));
        events.append(CallEvent.of(stored.id(), CallPhase.DIALING.eventType(),
                "{\"destino\":\"" + dialString + "\",\"ramal\":\"" + extension + "\"}", now));
        tracker.follow(new TrackedCall(stored.id(), null, target.leadId(), leadName, number.e164(),
                stored.direction(), CallPhase.DIALING, now, null, null, null, null, null), extension, dialString);
        try {
            WriteAnswer answer = pbx.dial(extension, dialString, variables(target));
            tracker.dialAccepted(stored.id(), answer.hasCallId() ? answer.chamadaId() : null);
            audited(origin, number, stored.id(), AuditTrail.OK, null);
            return new DialResult(DialResult.Kind.STARTED, stored.id(), origin.notice());
        } catch (PabxException e) {
            return failure(origin, number, stored.id(), e);
        } catch (RuntimeException e) {
            LOG.warn("Dial of call {} failed unexpectedly", stored.id(), e);
            tracker.dialFailed(stored.id(), e.toString());
            audited(origin, number, stored.id(), AuditTrail.FAILED, e.getClass().getSimpleName());
            return new DialResult(DialResult.Kind.FAILED, stored.id(), e.toString());
        }
    }

    private void audited(Origin origin, BrazilianNumber number, long callId, String result, String why) {
        String details = "ramal " + origin.extension() + (origin.notice() != null ? " (padrão das configurações, sem vínculo)" : "")
                + ", chamada " + callId + (why == null ? "" : ": " + why);
        audit.recordAs(origin.actor(), "chamada.discar", number.e164(), result, details);
    }

    /** A dial the PBX refused, or whose answer was lost: never sent again, and the person told which it was. */
    private DialResult failure(Origin origin, BrazilianNumber number, long callId, PabxException e) {
        if (answerLost(e)) {
            // The PBX may have rung the extension already: say so (what broke is in the log), and let the
            // tracker look for the call.
            String message = messages.get("dial.outcomeUnknown");
            LOG.info("Dial of call {} unconfirmed: {}", callId, e.toString());
            audited(origin, number, callId, AuditTrail.PENDING, "sem confirmação do PABX");
            tracker.dialUnconfirmed(callId, message, found -> audited(origin, number, callId,
                    found ? AuditTrail.OK : AuditTrail.FAILED,
                    found ? "encontrada no PABX depois da resposta perdida" : "não apareceu no PABX"));
            return new DialResult(DialResult.Kind.UNCONFIRMED, callId, message);
        }
        String message = e instanceof PabxUnavailable u && u.neverSent()
                ? e.in(messages) + " " + messages.get("dial.notSent") : e.in(messages);
        LOG.info("Dial of call {} failed: {}", callId, e.toString());
        tracker.dialFailed(callId, message);
        audited(origin, number, callId, AuditTrail.FAILED, e.userMessage());
        return new DialResult(DialResult.Kind.FAILED, callId, message);
    }

    /**
     * Whether the dial may have been placed although no usable answer came back: the connection dropped or timed
     * out after the request went out, or the PBX said 200 in a body that cannot be read (cut, bloated).
     */
    private static boolean answerLost(PabxException e) {
        return (e instanceof PabxUnavailable u && u.answerLost())
                || (e instanceof PabxProtocolError p && p.httpStatus() >= 200 && p.httpStatus() < 300);
    }

    private Map<String, String> variables(DialTarget target) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("origem", "crm");
        v.putAll(baseVariables);
        // The caller's own (checked in dial) may name another campaign; the lead and opportunity stay ours.
        v.putAll(target.variables());
        if (target.leadId() != null) {
            v.put("lead_id", Long.toString(target.leadId()));
        }
        if (target.opportunityId() != null) {
            v.put("oportunidade_id", Long.toString(target.opportunityId()));
        }
        return v;
    }
}
