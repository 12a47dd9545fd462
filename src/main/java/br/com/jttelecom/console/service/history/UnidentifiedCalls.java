package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.UnmatchedCalls;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "não identificadas" list: calls that matched no lead, newest first, a page at a time, and the
 * two ways out of it (link the number to a lead, or create a lead for it). An agent sees only their
 * own calls, as in the history; linking a number takes every call from it, whoever took them.
 */
public final class UnidentifiedCalls {

    private final UnmatchedCalls calls;
    private final LeadMatcher matcher;
    private volatile Supplier<Optional<Long>> onlyUser = Optional::empty;

    public UnidentifiedCalls(UnmatchedCalls calls, LeadMatcher matcher) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** Limits the list to one console user's calls while the supplier says so (an agent signed in). */
    public UnidentifiedCalls limitedTo(Supplier<Optional<Long>> user) {
        this.onlyUser = Objects.requireNonNull(user, "user");
        return this;
    }

    /** Whether the list holds only the signed-in user's own calls (an agent): then nobody else's name is in it. */
    public boolean ownCallsOnly() {
        return onlyUser.get().isPresent();
    }

    /** One page, newest first, starting at {@code start} ({@code null} for the first page). */
    public StoredHistoryPage page(PageMark start, int size) {
        CallPage page = calls.page(onlyUser.get().orElse(null), start == null ? null : start.cursor, size);
        return new StoredHistoryPage(page.calls(), page.next() == null ? null : new PageMark(page.next()));
    }

    public long count() {
        return calls.count(onlyUser.get().orElse(null));
    }

    /** How many unidentified calls each number has: what linking it would attach. */
    public Map<String, Integer> callsPerNumber(Collection<String> numbers) {
        return calls.countByNumber(numbers);
    }

    /** @return how many calls the lead got */
    public int link(String number, long leadId) {
        return matcher.linkNumber(number, leadId);
    }

    /** Saves a lead made from the form; its phones claim their unidentified calls. */
    public Lead createLead(LeadForm form) {
        return matcher.saveLead(form);
    }
}
