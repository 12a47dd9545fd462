package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.store.CallLeadLinks;
import java.util.List;

/**
 * Gives calls their lead by phone (run after every history sync: it is idempotent and only
 * touches calls without a lead), lists the calls that match no lead ("não identificadas"), and
 * attaches one to a lead or creates a lead from it.
 */
public final class LeadMatcher {

    private final CallLeadLinks links;
    private final Leads leads;

    public LeadMatcher(CallLeadLinks links, Leads leads) {
        this.links = links;
        this.leads = leads;
    }

    /** @return how many calls got a lead this time (0 on a repeat) */
    public int matchAll() {
        return links.matchByPhone();
    }

    public List<Call> unidentified(int limit) {
        return links.unmatched(limit);
    }

    public long countUnidentified() {
        return links.countUnmatched();
    }

    public void attach(long callId, long leadId) {
        if (!links.attach(callId, leadId)) {
            throw new IllegalArgumentException("no call with id " + callId);
        }
    }

    /**
     * Creates a lead from the form (prefilled with the call's number) and attaches the call to
     * it, plus any other unmatched call from the lead's phones.
     *
     * @throws InvalidLead when the form is wrong; nothing is stored then
     */
    public Lead createFromCall(long callId, LeadForm form) {
        Lead lead = leads.save(form);
        attach(callId, lead.id());
        links.matchByPhone();
        return lead;
    }
}
