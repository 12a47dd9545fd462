package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.leads.LeadAuthors;
import br.com.jttelecom.console.service.leads.LeadImport;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.sync.SyncStatus;

/**
 * The leads services, shared by the window and the local API: saving and searching leads, the CSV import, and
 * the matcher that gives calls their lead. Every lead goes through one validator that reads typed numbers as the
 * signed-in person's.
 */
record LeadServices(Leads leads, LeadImport leadImport, LeadMatcher matcher) {

    static LeadServices on(Repositories store, TypedNumbers typedNumbers, PhoneNumbers phones, Messages messages,
                           Session session, AuditTrail audit) {
        LeadValidator validator = new LeadValidator(typedNumbers, messages);
        Leads leads = new Leads(store.leads(), store.opportunities(), store.calls(), validator, phones);
        LeadAuthors authors = new LeadAuthors(session, audit);
        return new LeadServices(leads, new LeadImport(validator, store.leads(), messages, authors),
                new LeadMatcher(store.callLeadLinks(), leads, typedNumbers, authors));
    }

    /**
     * Each finished sync gives its new calls their lead and their console user (by the extension's link); both are
     * idempotent: calls already matched are left alone.
     */
    HistorySyncListener matchAfterEachSync(Repositories store) {
        return new HistorySyncListener() {
            @Override
            public void status(SyncStatus status) {
                if (status.phase() == SyncStatus.Phase.IDLE) {
                    matcher.matchAll();
                    store.callUserLinks().attributeByExtension();
                }
            }
        };
    }
}
