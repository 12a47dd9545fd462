package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;

import java.util.List;
import java.util.Map;

/**
 * One page of the local history, newest first.
 *
 * @param next          where the following page starts, or {@code null} on the last page
 * @param leadNames     the names of the page's leads, by id
 * @param onlyOwnCalls  whether the person reading it sees only their own calls (an agent): a column naming
 *                      the agent would say the same name on every line
 */
public record StoredHistoryPage(List<Call> calls, PageMark next, Map<Long, String> leadNames, boolean onlyOwnCalls) {

    public StoredHistoryPage {
        calls = List.copyOf(calls);
        leadNames = Map.copyOf(leadNames);
    }

    /** A page without lead names, read by anyone. */
    public StoredHistoryPage(List<Call> calls, PageMark next) {
        this(calls, next, Map.of(), false);
    }

    /** The name of the call's lead, or {@code null} when it has none or its name is not on this page. */
    public String leadName(Call call) {
        return call.leadId() == null ? null : leadNames.get(call.leadId());
    }

    public boolean hasMore() {
        return next != null;
    }
}
