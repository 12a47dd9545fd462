package br.com.jttelecom.console.app.demo;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.sim.DemoLead;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode's first start: stores the simulator's demo leads (whose numbers appear in its seeded
 * history, so lead matching has something to match) and a few opportunities. Runs only on an
 * empty lead table, so the agent's own edits survive restarts.
 */
public final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final LeadStage[] STAGES = {LeadStage.NEW, LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED,
            LeadStage.PROPOSAL, LeadStage.NEW, LeadStage.CONTACTED, LeadStage.WON, LeadStage.LOST, LeadStage.NEW};
    private static final String[] OFFERS = {"PABX em nuvem — {n} ramais", "Discador para {n} operadores",
            "Linhas SIP — {n} canais", "URA e filas — {n} ramais"};

    private final LeadRepository leads;
    private final OpportunityRepository opportunities;
    private final PhoneNumbers phoneNumbers;

    public DemoSeeder(LeadRepository leads, OpportunityRepository opportunities, PhoneNumbers phoneNumbers) {
        this.leads = leads;
        this.opportunities = opportunities;
        this.phoneNumbers = phoneNumbers;
    }

    /** @return how many leads were stored (0 when the table already had leads) */
    public int seedIfEmpty(List<DemoLead> demoLeads) {
        if (leads.count() > 0) {
            return 0;
        }
        List<Lead> drafts = new ArrayList<>();
        for (int i = 0; i < demoLeads.size(); i++) {
            DemoLead d = demoLeads.get(i);
            try {
                String e164 = phoneNumbers.parse(d.phone()).e164();
                drafts.add(new Lead(null, d.name(), d.company(), List.of(e164), d.email(), STAGES[i % STAGES.length],
                        null, null, null, d.city()));
            } catch (InvalidPhoneNumber e) {
                LOG.warn("Demo lead {} has an unusable phone: {}", i, e.reason());
            }
        }
        List<Lead> stored = leads.insertAll(drafts);
        for (int i = 0; i < stored.size(); i += 7) {
            Lead lead = stored.get(i);
            String title = OFFERS[i % OFFERS.length].replace("{n}", String.valueOf(5 + i % 30));
            opportunities.insert(new Opportunity(null, lead.id(), title, lead.stage(),
                    BigDecimal.valueOf(490L + 37L * i), null, null, null));
        }
        LOG.info("Demo mode: stored {} demo leads", stored.size());
        return stored.size();
    }
}
