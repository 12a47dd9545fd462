package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.CallEventRepository;
import br.com.jttelecom.console.store.CallFilter;
import br.com.jttelecom.console.store.CallPage;
import br.com.jttelecom.console.store.CallRepository;
import br.com.jttelecom.console.store.SettingRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The call history over the local store: pages and totals for a filter, one call's detail, the
 * agent's notes and outcome, and the filter the user left on screen. Blocking; call it off the UI
 * thread.
 */
public final class CallHistory {

    static final String FILTER_SETTING = "history.filter";

    private final CallRepository calls;
    private final CallEventRepository events;
    private final SettingRepository settings;
    private final Clock clock;
    private final ZoneId zone;

    private volatile java.util.function.Supplier<java.util.Optional<Long>> onlyUser = java.util.Optional::empty;

    public CallHistory(CallRepository calls, CallEventRepository events, SettingRepository settings,
                       Clock clock, ZoneId zone) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The user's zone: periods start and end at its midnights. */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The store filter for what the user asked, with the period resolved now. */
    public CallFilter resolve(HistoryFilter filter) {
        CallFilter resolved = filter.toCallFilter(today(), zone);
        // An agent sees their own calls only, whatever the filter on screen asks (exports included).
        return onlyUser.get().map(resolved::withUser).orElse(resolved);
    }

    /**
     * Limits every query to one console user's calls while the supplier says so (an agent signed in).
     * Checked at each query, so signing in as someone else takes effect at once.
     */
    public CallHistory limitedTo(java.util.function.Supplier<java.util.Optional<Long>> user) {
        this.onlyUser = Objects.requireNonNull(user, "user");
        return this;
    }

    /**
     * Limits every query to the signed-in agent's own calls (supervisors and admins see every call);
     * {@link #detail}, notes and outcomes of another agent's call are refused.
     */
    public CallHistory limitedToOwnCallsOfAgents(Session session) {
        return limitedTo(() -> session.user().filter(u -> u.role() == br.com.jttelecom.console.model.Role.AGENT)
                .map(ConsoleUser::id));
    }

    /** One page, newest first, starting at {@code start} ({@code null} for the first page). */
    public HistoryPage page(HistoryFilter filter, PageMark start, int size) {
        CallPage page = calls.page(resolve(filter), start == null ? null : start.cursor, size);
        return new HistoryPage(page.calls(), page.next() == null ? null : new PageMark(page.next()));
    }

    public long count(HistoryFilter filter) {
        return calls.count(resolve(filter));
    }

    /** @throws PermissionDenied when the history is limited to one user and the call is someone else's */
    public Optional<CallDetail> detail(long callId) {
        return calls.findById(callId).map(c -> {
            requireOwn(c);
            return new CallDetail(c, events.listForCall(callId));
        });
    }

    /** @return {@code false} when the call is gone; @throws PermissionDenied for someone else's call */
    public boolean saveNotes(long callId, String notes) {
        calls.findById(callId).ifPresent(this::requireOwn);
        return calls.updateNotes(callId, notes == null || notes.isBlank() ? null : notes);
    }

    /** @return {@code false} when the call is gone; @throws PermissionDenied for someone else's call */
    public boolean saveOutcome(long callId, Outcome outcome) {
        calls.findById(callId).ifPresent(this::requireOwn);
        return calls.updateOutcome(callId, outcome);
    }

    private void requireOwn(br.com.jttelecom.console.model.Call call) {
        onlyUser.get().filter(user -> !user.equals(call.userId())).ifPresent(user -> {
            throw new PermissionDenied("Seu perfil (Agente) não permite ver nem alterar chamadas de outros agentes.");
        });
    }

    /** The filter saved last, or {@link HistoryFilter#defaults()} on a first start. */
    public HistoryFilter savedFilter() {
        return settings.get(FILTER_SETTING).map(HistoryFilterCodec::decode).orElseGet(HistoryFilter::defaults);
    }

    public void saveFilter(HistoryFilter filter) {
        settings.put(FILTER_SETTING, HistoryFilterCodec.encode(filter));
    }
}
