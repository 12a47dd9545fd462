package br.com.jttelecom.console.testsupport;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.UnidentifiedCalls;
import br.com.jttelecom.console.service.leads.LeadImport;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The leads services on a real H2 file, wired as the app wires them. */
public final class LeadsFixture implements AutoCloseable {

    public final Messages messages = Messages.portuguese();
    public final PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
    public final Database db;
    public final LeadRepository leadRepository;
    public final CallRepository calls;
    public final OpportunityRepository opportunities;
    public final LeadValidator validator;
    public final Leads leads;
    public final LeadImport imports;
    public final LeadMatcher matcher;
    public final UnidentifiedCalls unidentified;

    public LeadsFixture(Path dir) {
        db = Database.openFolder(dir);
        leadRepository = new LeadRepository(db.jdbi());
        calls = new CallRepository(db.jdbi());
        opportunities = new OpportunityRepository(db.jdbi());
        validator = new LeadValidator(phones, messages);
        leads = new Leads(leadRepository, opportunities, calls, validator, phones);
        imports = new LeadImport(validator, leadRepository, messages);
        matcher = new LeadMatcher(new CallLeadLinks(db.jdbi()), leads);
        unidentified = new UnidentifiedCalls(new br.com.jttelecom.console.store.calls.UnmatchedCalls(db.jdbi()), matcher);
    }

    public static Call call(String externalId, String e164, CallStatus status, Instant start, int talkSeconds) {
        return new Call(null, null, null, null, e164, Direction.OUTBOUND, Duration.ofSeconds(talkSeconds + 5), status,
                start, start.plusSeconds(talkSeconds + 5), null, externalId, null, "1001", null, null,
                status == CallStatus.COMPLETED ? Duration.ofSeconds(talkSeconds) : null, null, null, null, null, null, null);
    }

    @Override
    public void close() {
        db.close();
    }
}
