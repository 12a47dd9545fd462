package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.store.UserRow;
import br.com.jttelecom.console.ui.history.FilterChoice;
import br.com.jttelecom.console.ui.history.HistoryChoices;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The history filters' names: the people whose calls the signed-in person may see, and the leads by name. */
final class HistoryNameChoices implements HistoryChoices {

    private final UserRepository users;
    private final ActivityVisibility visibility;
    private final Leads leads;

    HistoryNameChoices(UserRepository users, ActivityVisibility visibility, Leads leads) {
        this.users = users;
        this.visibility = visibility;
        this.leads = leads;
    }

    @Override
    public List<FilterChoice> agents() {
        VisibleActivity who = visibility.current();
        if (who.isOneUserOnly()) {
            return List.of();
        }
        Collator byName = Collator.getInstance(Locale.forLanguageTag("pt-BR"));
        return users.all().stream().filter(UserRow::active).filter(u -> who.includesUser(u.id()))
                .sorted(Comparator.comparing(UserRow::displayName, byName))
                .map(u -> new FilterChoice(u.id(), u.displayName())).toList();
    }

    @Override
    public List<FilterChoice> leadsMatching(String typed, int limit) {
        return leads.search(typed, limit).stream().map(s -> choice(s.lead())).toList();
    }

    @Override
    public Optional<String> leadName(long leadId) {
        return leads.find(leadId).map(l -> choice(l).name());
    }

    /** Two leads of the same name read apart by their company. */
    private static FilterChoice choice(Lead lead) {
        String company = lead.company() == null || lead.company().isBlank() ? "" : " · " + lead.company();
        return new FilterChoice(lead.id(), lead.name() + company);
    }
}
