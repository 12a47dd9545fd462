package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.store.calls.CallLeadLinks;

/**
 * Gives calls their lead: by phone after every history sync (idempotent, it only touches calls
 * without a lead), when a lead is saved (its phones claim their unidentified calls), and by hand
 * (one call, or every call of a number linked to a lead).
 */
public final class LeadMatcher {

    private final CallLeadLinks links;
    private final Leads leads;
    private final TypedNumbers typed;
    private final LeadAuthors authors;

    public LeadMatcher(CallLeadLinks links, Leads leads) {
        this.links = links;
        this.leads = leads;
        this.typed = null; // the number goes to the lead as given (the lead's own parse, with the account's DDD)
        this.authors = LeadAuthors.none();
    }

    /** @param typed reads a number typed to link: one without DDD takes the signed-in person's extension's */
    public LeadMatcher(CallLeadLinks links, Leads leads, TypedNumbers typed) {
        this(links, leads, typed, LeadAuthors.none());
    }

    /** @param authors gives a new lead its creator as owner and writes each save to the audit trail */
    public LeadMatcher(CallLeadLinks links, Leads leads, TypedNumbers typed, LeadAuthors authors) {
        this.links = links;
        this.leads = leads;
        this.typed = java.util.Objects.requireNonNull(typed, "typed");
        this.authors = java.util.Objects.requireNonNull(authors, "authors");
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
        java.util.Optional<Lead> before = form.id() == null ? java.util.Optional.empty() : leads.find(form.id());
        Lead lead = leads.save(authors.owned(form));
        links.claim(lead.id(), lead.phones());
        authors.saved(before, lead);
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
        // The calls are stored in E.164: the number as typed ("99016-9921") would find none of them.
        String e164 = typed == null ? number : typed.e164(number).orElse(number);
        leads.addPhone(leadId, e164);
        return links.attachNumber(e164, leadId);
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
