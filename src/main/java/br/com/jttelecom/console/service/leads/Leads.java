package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadPage;
import br.com.jttelecom.console.model.LeadSummary;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.store.calls.PageCursor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The leads use cases: save with validation, search, look up by phone, and the lead card. */
public final class Leads {

    /** The card shows at most this many calls; the figures count them all. */
    static final int CARD_CALLS = 200;
    private static final int STATS_PAGE = 500;

    private final LeadRepository leads;
    private final OpportunityRepository opportunities;
    private final CallRepository calls;
    private final LeadValidator validator;
    private final PhoneNumbers phoneNumbers;

    public Leads(LeadRepository leads, OpportunityRepository opportunities, CallRepository calls,
                 LeadValidator validator, PhoneNumbers phoneNumbers) {
        this.leads = leads;
        this.opportunities = opportunities;
        this.calls = calls;
        this.validator = validator;
        this.phoneNumbers = phoneNumbers;
    }

    /**
     * Validates and stores the form: a new lead when it has no id, else an edit.
     *
     * @throws InvalidLead when a field is wrong; nothing is stored then
     */
    public Lead save(LeadForm form) {
        Lead lead = validator.validate(form);
        if (lead.id() == null) {
            return leads.insert(lead);
        }
        if (!leads.update(lead)) {
            throw new IllegalStateException("lead " + lead.id() + " no longer exists");
        }
        return leads.findById(lead.id()).orElseThrow();
    }

    /**
     * Adds a number to a lead's phones, last, unless it has it already or the number is not a phone
     * (a PBX text such as "anonymous" is never stored as one).
     *
     * @throws InvalidInput when the lead no longer exists
     */
    public void addPhone(long leadId, String number) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new InvalidInput("leads.error.gone"));
        Optional<String> e164 = phoneNumbers.fromPbx(number).map(n -> n.e164());
        if (e164.isEmpty() || lead.phones().contains(e164.get())) {
            return;
        }
        List<String> phones = new ArrayList<>(lead.phones());
        phones.add(e164.get());
        leads.update(new Lead(lead.id(), lead.name(), lead.company(), phones, lead.email(), lead.stage(),
                lead.ownerUserId(), lead.lastCallAt(), lead.nextCallbackAt(), lead.notes()));
    }

    /** Search-as-you-type over name, company and phone digits; the first {@code limit} by name. */
    public List<LeadSummary> search(String typed, int limit) {
        return leads.search(typed, limit);
    }

    /** {@link #search}, with how many leads match in all when that is known. */
    public LeadPage searchPage(String typed, int limit) {
        return leads.searchPage(typed, limit);
    }

    public Optional<Lead> find(long id) {
        return leads.findById(id);
    }

    /** The lead as a row of the leads table, with its owner's name. */
    public Optional<LeadSummary> summary(long id) {
        return leads.findSummaryById(id);
    }

    /** The lead with this number (typed or as the PBX wrote it), for screen-pops; empty when none or not a number. */
    public Optional<Lead> findByPhone(String number) {
        Optional<String> e164 = phoneNumbers.fromPbx(number).map(n -> n.e164());
        return e164.flatMap(n -> leads.findIdsByPhone(n).stream().findFirst()).flatMap(leads::findById);
    }

    /** The number as people read it, "(11) 98765-4321"; the stored text when it does not parse. */
    public String display(String e164) {
        try {
            return phoneNumbers.parse(e164).display();
        } catch (InvalidPhoneNumber e) {
            return e164;
        }
    }

    /**
     * The lead card: the lead, its opportunities, its latest calls, and figures over all its calls, for the lead
     * and for each opportunity (the calls whose {@code opportunity_id} is that opportunity).
     */
    public Optional<LeadCard> card(long leadId) {
        return leads.findSummaryById(leadId).map(summary -> {
            Lead lead = summary.lead();
            List<Call> all = callsOf(leadId);
            List<Opportunity> deals = opportunities.forLead(leadId);
            Map<Long, LeadStats> byOpportunity = new HashMap<>();
            for (Opportunity o : deals) {
                byOpportunity.put(o.id(), stats(all.stream().filter(c -> o.id().equals(c.opportunityId())).toList()));
            }
            return new LeadCard(lead, deals, all.subList(0, Math.min(CARD_CALLS, all.size())), stats(all),
                    byOpportunity, summary.ownerName());
        });
    }

    private List<Call> callsOf(long leadId) {
        CallFilter filter = CallFilter.all().withLead(leadId);
        List<Call> all = new ArrayList<>();
        PageCursor cursor = null;
        do {
            CallPage page = calls.page(filter, cursor, STATS_PAGE);
            all.addAll(page.calls());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    static LeadStats stats(List<Call> newestFirst) {
        int answered = 0;
        int unknown = 0;
        Duration talk = Duration.ZERO;
        for (Call c : newestFirst) {
            if (c.status() == CallStatus.COMPLETED) {
                answered++;
            }
            Duration t = CallTimes.of(c).talkTime(); // the same figure as the card's call lines
            if (t != null) {
                talk = talk.plus(t);
            } else if (c.status() == CallStatus.COMPLETED) {
                unknown++;
            }
        }
        return new LeadStats(newestFirst.size(), answered,
                newestFirst.isEmpty() ? null : newestFirst.get(0).startTime(), talk, unknown);
    }
}
