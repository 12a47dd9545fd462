package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.SettingRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
    private final LeadLookup leads;
    private final Clock clock;
    private final ZoneId zone;

    private volatile Supplier<VisibleActivity> visible = VisibleActivity::everyone;
    private volatile TypedNumbers typedNumbers;
    private volatile Supplier<Optional<Long>> filterOwner = Optional::empty;

    public CallHistory(CallRepository calls, CallEventRepository events, SettingRepository settings, LeadLookup leads,
                       Clock clock, ZoneId zone) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.leads = Objects.requireNonNull(leads, "leads");
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
        return resolve(filter, visible.get());
    }

    private CallFilter resolve(HistoryFilter filter, VisibleActivity who) {
        CallFilter resolved = filter.toCallFilter(today(), zone);
        if (filter.phone() != null) {
            // Stored numbers are E.164; one typed without DDD is the signed-in person's local number. Text that is
            // no phone number ("anonymous", an extension) is looked for as the PBX wrote it.
            TypedNumbers typed = typedNumbers;
            resolved = resolved.withPhone(typed == null ? filter.phone() : typed.e164(filter.phone()).orElse(filter.phone()));
        }
        if (who.isOneUserOnly()) {
            // The agent filter is not on an agent's screen; one left in the saved filter by someone else at this
            // console would silently empty their list.
            resolved = resolved.withUser(null);
        }
        // An agent sees their own calls, a supervisor their team's and the calls of no user, whatever the
        // filter on screen asks (exports included): the limit is added here, under every query.
        return who.isEveryone() ? resolved : resolved.withUsers(who.userIds(), who.includesUnowned());
    }

    /**
     * Limits every query, detail and edit to the calls the supplier lets the signed-in person see
     * ({@link ActivityVisibility#current()}). Asked at each call, so signing in as someone else, or the local
     * API answering for another person, takes effect at once.
     */
    public CallHistory limitedTo(Supplier<VisibleActivity> visibility) {
        this.visible = Objects.requireNonNull(visibility, "visibility");
        return this;
    }

    /** Reads the number filter's text with {@code typed} (without it, the text must be the stored form). */
    public CallHistory readingNumbersWith(TypedNumbers typed) {
        this.typedNumbers = Objects.requireNonNull(typed, "typed");
        return this;
    }

    /**
     * Keeps each person's saved filter apart (asked at each save and read): one person's filter never opens
     * on the next person's screen. Without it, one filter is kept for the whole console.
     */
    public CallHistory savingFiltersFor(Supplier<Optional<Long>> signedInUser) {
        this.filterOwner = Objects.requireNonNull(signedInUser, "signedInUser");
        return this;
    }

    /** One page, newest first, starting at {@code start} ({@code null} for the first page), with its leads' names. */
    public StoredHistoryPage page(HistoryFilter filter, PageMark start, int size) {
        VisibleActivity who = visible.get();
        CallPage page = calls.page(resolve(filter, who), start == null ? null : start.cursor, size);
        Set<Long> leadIds = page.calls().stream().map(Call::leadId).filter(Objects::nonNull).collect(Collectors.toSet());
        return new StoredHistoryPage(page.calls(), page.next() == null ? null : new PageMark(page.next()),
                leads.namesOf(leadIds), who.isOneUserOnly());
    }

    public long count(HistoryFilter filter) {
        return calls.count(resolve(filter));
    }

    /** @throws PermissionDenied when the call is someone's the signed-in person may not see */
    public Optional<CallDetail> detail(long callId) {
        return calls.findById(callId).map(c -> {
            requireVisible(c);
            String leadName = c.leadId() == null ? null
                    : leads.byId(c.leadId()).map(LeadLookup.LeadMatch::name).orElse(null);
            return new CallDetail(c, events.listForCall(callId), leadName);
        });
    }

    /** @return {@code false} when the call is gone; @throws PermissionDenied for a call out of sight */
    public boolean saveNotes(long callId, String notes) {
        return visibleExists(callId) && calls.updateNotes(callId, notes == null || notes.isBlank() ? null : notes);
    }

    /** @return {@code false} when the call is gone; @throws PermissionDenied for a call out of sight */
    public boolean saveOutcome(long callId, Outcome outcome) {
        return visibleExists(callId) && calls.updateOutcome(callId, outcome);
    }

    /**
     * Corrects a call's result after the fact with one of the admin's dispositions (its group becomes the
     * outcome). A scheduled one books no callback from here: the wrap-up, which asks for the time, does.
     */
    public boolean saveDisposition(long callId, br.com.jttelecom.console.model.Disposition disposition) {
        return visibleExists(callId) && calls.updateDisposition(callId, disposition.group(), disposition.id());
    }

    /** The disposition the call's outcome was picked as, if any. */
    public Optional<Long> dispositionOf(long callId) {
        return visibleExists(callId) ? calls.dispositionId(callId) : Optional.empty();
    }

    private boolean visibleExists(long callId) {
        Optional<Call> call = calls.findById(callId);
        call.ifPresent(this::requireVisible);
        return call.isPresent();
    }

    private void requireVisible(Call c) {
        if (!visible.get().includesUser(c.userId())) {
            // Only an agent meets a call of no user here: a supervisor and an admin see those.
            throw new PermissionDenied(c.userId() == null ? "permission.denied.callOfNobody" : "permission.denied.callOfOthers");
        }
    }

    /** The filter saved last, or {@link HistoryFilter#defaults()} on a first start. */
    public HistoryFilter savedFilter() {
        return settings.get(filterKey()).map(HistoryFilterCodec::decode).orElseGet(HistoryFilter::defaults);
    }

    public void saveFilter(HistoryFilter filter) {
        settings.put(filterKey(), HistoryFilterCodec.encode(filter));
    }

    private String filterKey() {
        return filterOwner.get().map(id -> FILTER_SETTING + ".user." + id).orElse(FILTER_SETTING);
    }
}
