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
import java.util.Set;
import java.util.function.Supplier;

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

    /** Whose calls every query may see: empty for everyone's (an admin), else these users' (self, team). */
    private volatile Supplier<Optional<Set<Long>>> scope = Optional::empty;

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
        // An agent sees their own calls only, a supervisor their team's, whatever the filter asks (exports included).
        return scope.get().map(resolved::withUsers).orElse(resolved);
    }

    /**
     * Limits every query to one console user's calls while the supplier says so (an agent signed in).
     * Checked at each query, so signing in as someone else takes effect at once.
     */
    public CallHistory limitedTo(Supplier<Optional<Long>> user) {
        Objects.requireNonNull(user, "user");
        return limitedToUsers(() -> user.get().map(Set::of));
    }

    /**
     * Limits every query, and {@link #detail}, to the calls of a set of users while the supplier gives one
     * (a supervisor: their team; an agent: themselves); empty means everyone's. Checked at each query.
     */
    public CallHistory limitedToUsers(Supplier<Optional<Set<Long>>> users) {
        this.scope = Objects.requireNonNull(users, "users");
        return this;
    }

    /** One page, newest first, starting at {@code start} ({@code null} for the first page). */
    public HistoryPage page(HistoryFilter filter, PageMark start, int size) {
        CallPage page = calls.page(resolve(filter), start == null ? null : start.cursor, size);
        return new HistoryPage(page.calls(), page.next() == null ? null : new PageMark(page.next()));
    }

    public long count(HistoryFilter filter) {
        return calls.count(resolve(filter));
    }

    /** @throws PermissionDenied when the call is outside the limit (another team's, or nobody's for a supervisor) */
    public Optional<CallDetail> detail(long callId) {
        Optional<Set<Long>> users = scope.get();
        return calls.findById(callId).map(c -> {
            if (users.isPresent() && (c.userId() == null || !users.get().contains(c.userId()))) {
                throw new PermissionDenied("Esta chamada não é sua nem da sua equipe.");
            }
            return new CallDetail(c, events.listForCall(callId));
        });
    }

    /** @return {@code false} when the call is gone */
    public boolean saveNotes(long callId, String notes) {
        return calls.updateNotes(callId, notes == null || notes.isBlank() ? null : notes);
    }

    /** @return {@code false} when the call is gone */
    public boolean saveOutcome(long callId, Outcome outcome) {
        return calls.updateOutcome(callId, outcome);
    }

    /** The filter saved last, or {@link HistoryFilter#defaults()} on a first start. */
    public HistoryFilter savedFilter() {
        return settings.get(FILTER_SETTING).map(HistoryFilterCodec::decode).orElseGet(HistoryFilter::defaults);
    }

    public void saveFilter(HistoryFilter filter) {
        settings.put(FILTER_SETTING, HistoryFilterCodec.encode(filter));
    }
}
