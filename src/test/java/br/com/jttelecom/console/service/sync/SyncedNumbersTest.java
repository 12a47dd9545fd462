package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Synced calls keep their customer's number as E.164, as leads and dialled calls do, so they find their lead. */
class SyncedNumbersTest extends SyncTestSupport {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private final PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());

    @Test
    void everySyncedCustomerNumberIsStoredAsE164() throws Exception {
        seed(sim, 400);

        sync.syncNow().get(60, TimeUnit.SECONDS);

        List<String> stored = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT DISTINCT phone_number FROM calls WHERE phone_number IS NOT NULL").mapTo(String.class).list());
        assertThat(stored).isNotEmpty();
        assertThat(stored).allSatisfy(n -> assertThat(E164.matcher(n).matches() || phones.fromPbx(n).isEmpty())
                .as("stored number %s", n).isTrue());
        HistoryRecord written = firstPbxRecordWithANationalNumber();
        String e164 = phones.fromPbx(written.destino()).orElseThrow().e164(); // an outbound call's customer
        assertThat(new CallRepository(database.jdbi()).findByExternalId(written.chamadaId()).orElseThrow().phoneNumber())
                .isEqualTo(e164);
    }

    @Test
    void aLeadWithTheNumberThePbxWroteGetsItsSyncedCalls() throws Exception {
        seed(sim, 300);
        sync.syncNow().get(60, TimeUnit.SECONDS);
        String syncedId = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT external_call_id FROM calls WHERE phone_number LIKE '+55%' ORDER BY id FETCH FIRST 1 ROW ONLY")
                .mapTo(String.class).one());
        Call synced = new CallRepository(database.jdbi()).findByExternalId(syncedId).orElseThrow();
        Leads leads = new Leads(new LeadRepository(database.jdbi()), new OpportunityRepository(database.jdbi()),
                new CallRepository(database.jdbi()), new LeadValidator(phones, Messages.portuguese()), phones);
        LeadMatcher matcher = new LeadMatcher(new CallLeadLinks(database.jdbi()), leads);
        Lead lead = leads.save(new LeadForm(null, "Cliente", "", synced.phoneNumber(), "", LeadStage.NEW, null, null, ""));

        assertThat(matcher.matchAll()).isPositive();

        assertThat(new CallRepository(database.jdbi()).findByExternalId(synced.externalCallId()).orElseThrow().leadId())
                .isEqualTo(lead.id());
    }

    @Test
    void callsSyncedBeforeInThePbxFormAreRewrittenOnce() throws Exception {
        CallRepository calls = new CallRepository(database.jdbi());
        Instant t = NOW.minus(Duration.ofDays(2));
        calls.upsertAll(List.of(LeadsFixture.call("old-1", "047969093960", CallStatus.COMPLETED, t, 30),
                LeadsFixture.call("old-2", "202", CallStatus.COMPLETED, t.plusSeconds(60), 30)));

        sync.syncNow().get(60, TimeUnit.SECONDS);

        assertThat(calls.findByExternalId("old-1").orElseThrow().phoneNumber()).isEqualTo("+5547969093960");
        assertThat(calls.findByExternalId("old-2").orElseThrow().phoneNumber()).isEqualTo("202");
        // Done once per database: the next sync does not read the whole table again.
        calls.upsertAll(List.of(LeadsFixture.call("old-3", "011987654321", CallStatus.COMPLETED, t.plusSeconds(120), 30)));
        sync.syncNow().get(60, TimeUnit.SECONDS);
        assertThat(calls.findByExternalId("old-3").orElseThrow().phoneNumber()).isEqualTo("011987654321");
    }

    private HistoryRecord firstPbxRecordWithANationalNumber() {
        ZoneId sp = ZoneId.of("America/Sao_Paulo");
        HistoryQuery q = HistoryQuery.between(NOW.minus(Duration.ofDays(60)).atZone(sp).toLocalDate(),
                NOW.atZone(sp).toLocalDate()).withPageSize(100);
        var pages = client.historyPages(q);
        while (pages.hasNext()) {
            HistoryPage page = pages.next();
            for (HistoryRecord r : page.records()) {
                if (r.destino() != null && r.destino().startsWith("0") && r.destino().length() >= 11) {
                    return r;
                }
            }
        }
        throw new AssertionError("the simulator wrote no national number with its 0");
    }
}
