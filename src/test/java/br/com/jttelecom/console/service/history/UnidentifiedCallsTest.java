package br.com.jttelecom.console.service.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.leads.InvalidLead;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking and creating leads from the "não identificadas" list, on a real H2 file. */
class UnidentifiedCallsTest {

    private static final Instant T = Instant.parse("2026-11-01T12:00:00Z");
    private static final String CARLOS = "+5521998887777";

    @TempDir
    Path dir;
    private LeadsFixture s;
    private Lead ana;

    @BeforeEach
    void open() {
        s = new LeadsFixture(dir);
        ana = s.leads.save(new LeadForm(null, "Ana", "", "(11) 98765-4321", "", LeadStage.NEW, null, null, ""));
        s.calls.insert(LeadsFixture.call("1", CARLOS, CallStatus.MISSED, T, 0));
        s.calls.insert(LeadsFixture.call("2", CARLOS, CallStatus.COMPLETED, T.plusSeconds(60), 30));
        s.calls.insert(LeadsFixture.call("3", "+5531988776655", CallStatus.COMPLETED, T.plusSeconds(120), 10));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void linkingANumberGivesEveryCallFromItToTheLeadAndTheNumberToItsPhones() {
        assertThat(s.unidentified.callsPerNumber(java.util.List.of(CARLOS))).isEqualTo(Map.of(CARLOS, 2));

        int attached = s.unidentified.link(CARLOS, ana.id());

        assertThat(attached).isEqualTo(2);
        assertThat(s.calls.findByExternalId("1").orElseThrow().leadId()).isEqualTo(ana.id());
        assertThat(s.calls.findByExternalId("2").orElseThrow().leadId()).isEqualTo(ana.id());
        assertThat(s.unidentified.page(null, 10).calls()).extracting(Call::externalCallId).containsExactly("3");
        assertThat(s.leads.find(ana.id()).orElseThrow().phones()).containsExactly("+5511987654321", CARLOS);

        // The next call from that number is recognised by the sync's matching, like any lead phone.
        s.calls.insert(LeadsFixture.call("4", CARLOS, CallStatus.COMPLETED, T.plusSeconds(600), 10));
        s.matcher.matchAll();
        assertThat(s.calls.findByExternalId("4").orElseThrow().leadId()).isEqualTo(ana.id());
    }

    @Test
    void linkingANumberTheLeadAlreadyHasDoesNotRepeatIt() {
        s.calls.insert(LeadsFixture.call("5", "+5511987654321", CallStatus.MISSED, T, 0));

        assertThat(s.unidentified.link("+5511987654321", ana.id())).isEqualTo(1);
        assertThat(s.leads.find(ana.id()).orElseThrow().phones()).containsExactly("+5511987654321");
    }

    @Test
    void aPbxTextThatIsNoNumberAttachesItsCallsButNeverBecomesAPhone() {
        s.calls.insert(LeadsFixture.call("6", "anonymous", CallStatus.MISSED, T, 0));

        assertThat(s.unidentified.link("anonymous", ana.id())).isEqualTo(1);
        assertThat(s.leads.find(ana.id()).orElseThrow().phones()).containsExactly("+5511987654321");
    }

    @Test
    void linkingToALeadThatIsGoneSaysSoAndAttachesNothing() {
        assertThatThrownBy(() -> s.unidentified.link(CARLOS, 9_999)).isInstanceOf(InvalidInput.class)
                .hasMessage("O lead não existe mais.");
        assertThat(s.unidentified.count()).isEqualTo(3);
    }

    @Test
    void aLeadCreatedForTheNumberTakesItsCalls() {
        Lead carlos = s.unidentified.createLead(LeadForm.forPhone("(21) 99888-7777").withName("Carlos"));

        assertThat(s.calls.findByExternalId("1").orElseThrow().leadId()).isEqualTo(carlos.id());
        assertThat(s.calls.findByExternalId("2").orElseThrow().leadId()).isEqualTo(carlos.id());
        assertThat(s.unidentified.count()).isEqualTo(1);
    }

    @Test
    void aLeadFormWithAnErrorStoresNothingAndAttachesNothing() {
        assertThatThrownBy(() -> s.unidentified.createLead(LeadForm.forPhone(CARLOS)))
                .isInstanceOf(InvalidLead.class);
        assertThat(s.unidentified.count()).isEqualTo(3);
    }
}
