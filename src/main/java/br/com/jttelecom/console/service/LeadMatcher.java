package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.store.CallLeadLinks;

/**
 * Gives calls their lead: by phone after every history sync (idempotent, it only touches calls
 * without a lead), when a lead is saved (its phones claim their unidentified calls), and by hand
 * (one call, or every call of a number linked to a lead).
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

    public void attach(long callId, long leadId) {
        if (!links.attach(callId, leadId)) {
            throw new IllegalArgumentException("no call with id " + callId);
        }
    }

    /**
     * Saves the lead form (new or edit) and gives the lead the calls without a lead from its phones,
     * so a lead created for an unknown caller takes that caller's calls with it.
     *
     * @throws InvalidLead when the form is wrong; nothing is stored then
     */
    public Lead saveLead(LeadForm form) {
        Lead lead = leads.save(form);
        links.claim(lead.id(), lead.phones());
        return lead;
    }

    /**
     * Links a number to a lead: the number joins the lead's phones (so its next calls are recognised)
     * and every call from it without a lead gets this one.
     *
     * @return how many calls were attached
     * @throws InvalidInput when the lead no longer exists
     */
    public int linkNumber(String number, long leadId) {
        leads.addPhone(leadId, number);
        return links.attachNumber(number, leadId);
    }

    /**
     * Creates a lead from the form (prefilled with the call's number) and attaches the call to
     * it, plus any other unmatched call from the lead's phones.
     *
     * @throws InvalidLead when the form is wrong; nothing is stored then
     */
    public Lead createFromCall(long callId, LeadForm form) {
        Lead lead = saveLead(form);
        attach(callId, lead.id());
        return lead;
    }
}
