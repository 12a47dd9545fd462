package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.Opportunity;
import java.util.List;

/** Everything the lead card shows: the lead, its opportunities, its calls (newest first) and their figures. */
public record LeadCard(Lead lead, List<Opportunity> opportunities, List<Call> calls, LeadStats stats) {

    public LeadCard {
        opportunities = List.copyOf(opportunities);
        calls = List.copyOf(calls);
    }
}
