package br.com.jttelecom.console.service;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.store.CallLeadLinks;
import br.com.jttelecom.console.store.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The leads services on a real H2 file, wired as the app wires them. */
final class LeadServices implements AutoCloseable {

    final Messages messages = Messages.portuguese();
    final PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
    final Database db;
    final LeadRepository leadRepository;
    final CallRepository calls;
    final OpportunityRepository opportunities;
    final LeadValidator validator;
    final Leads leads;
    final LeadImport imports;
    final LeadMatcher matcher;
    final UnidentifiedCalls unidentified;

    LeadServices(Path dir) {
        db = Database.openFolder(dir);
        leadRepository = new LeadRepository(db.jdbi());
        calls = new CallRepository(db.jdbi());
        opportunities = new OpportunityRepository(db.jdbi());
        validator = new LeadValidator(phones, messages);
        leads = new Leads(leadRepository, opportunities, calls, validator, phones);
        imports = new LeadImport(validator, leadRepository, messages);
        matcher = new LeadMatcher(new CallLeadLinks(db.jdbi()), leads);
        unidentified = new UnidentifiedCalls(new br.com.jttelecom.console.store.UnmatchedCalls(db.jdbi()), matcher);
    }

    static Call call(String externalId, String e164, CallStatus status, Instant start, int talkSeconds) {
        return new Call(null, null, null, null, e164, Direction.OUTBOUND, Duration.ofSeconds(talkSeconds + 5), status,
                start, start.plusSeconds(talkSeconds + 5), null, externalId, null, "1001", null, null,
                status == CallStatus.COMPLETED ? Duration.ofSeconds(talkSeconds) : null, null, null, null, null, null, null);
    }

    @Override
    public void close() {
        db.close();
    }
}
