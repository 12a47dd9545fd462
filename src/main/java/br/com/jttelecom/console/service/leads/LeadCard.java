package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.Opportunity;
import java.util.List;
import java.util.Map;

/**
 * Everything the lead card shows: the lead, its opportunities, its calls (newest first) and their figures, for the
 * lead and for each opportunity.
 *
 * @param byOpportunity opportunity id → the figures of the calls made about it (every listed opportunity has an
 *                      entry, zeros included)
 * @param ownerName     the display name of the lead's owner ("Responsável"), {@code null} when none
 */
public record LeadCard(Lead lead, List<Opportunity> opportunities, List<Call> calls, LeadStats stats,
                       Map<Long, LeadStats> byOpportunity, String ownerName) {

    /** A card without an owner's name. */
    public LeadCard(Lead lead, List<Opportunity> opportunities, List<Call> calls, LeadStats stats,
                    Map<Long, LeadStats> byOpportunity) {
        this(lead, opportunities, calls, stats, byOpportunity, null);
    }

    public LeadCard {
        opportunities = List.copyOf(opportunities);
        calls = List.copyOf(calls);
        byOpportunity = Map.copyOf(byOpportunity);
    }

    /** The figures of one of the card's opportunities. */
    public LeadStats statsOf(Opportunity o) {
        return byOpportunity.getOrDefault(o.id(), LeadStats.NONE);
    }
}
