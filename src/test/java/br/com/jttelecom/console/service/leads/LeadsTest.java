package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LeadsTest {

    @TempDir
    Path dir;

    private LeadsFixture s;

    @BeforeEach
    void open() {
        s = new LeadsFixture(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static LeadForm form(String name, String phones) {
        return new LeadForm(null, name, "Acme", phones, "", LeadStage.NEW, null, null, "");
    }

    @Test
    void savingNormalisesPhonesToE164AndDropsDuplicates() {
        Lead lead = s.leads.save(form("  Ana Lima ", "(11) 98765-4321\n11987654321; 48 3333-4444"));
        assertThat(lead.name()).isEqualTo("Ana Lima");
        assertThat(s.leads.find(lead.id()).orElseThrow().phones()).containsExactly("+5511987654321", "+554833334444");
    }

    @Test
    void missingNameAndBadPhoneAreRejectedWithPortugueseMessagesAndNothingIsSaved() {
        InvalidLead e = catchThrowableOfType(InvalidLead.class, () -> s.leads.save(form(" ", "(11) 1234")));
        assertThat(e.problems()).containsEntry(LeadField.NAME, "Informe o nome do lead.");
        assertThat(e.problems().get(LeadField.PHONES)).startsWith("Telefone (11) 1234: Número curto demais");
        assertThat(s.leadRepository.count()).isZero();
    }

    @Test
    void oneBadPhoneAmongGoodOnesRejectsTheWholeLead() {
        InvalidLead e = catchThrowableOfType(InvalidLead.class,
                () -> s.leads.save(form("Ana", "(11) 98765-4321, abc")));
        assertThat(e.problems()).containsOnlyKeys(LeadField.PHONES);
        assertThat(s.leadRepository.count()).isZero();
    }

    @Test
    void aLeadNeedsAtLeastOnePhoneAndAValidEmail() {
        InvalidLead e = catchThrowableOfType(InvalidLead.class, () -> s.leads.save(
                new LeadForm(null, "Ana", "", "", "ana@", LeadStage.NEW, null, null, "")));
        assertThat(e.problems()).containsEntry(LeadField.PHONES, "Informe ao menos um telefone.")
                .containsEntry(LeadField.EMAIL, "E-mail inválido: ana@");
    }

    @Test
    void editingKeepsTheIdAndReplacesTheData() {
        Lead lead = s.leads.save(form("Ana", "(11) 98765-4321"));
        Lead edited = s.leads.save(new LeadForm(lead.id(), "Ana Paula", "Beta", "(21) 99888-7777", "", LeadStage.QUALIFIED,
                null, null, "liga à tarde"));
        assertThat(edited.id()).isEqualTo(lead.id());
        assertThat(edited.phones()).containsExactly("+5521998887777");
        assertThat(edited.stage()).isEqualTo(LeadStage.QUALIFIED);
        assertThat(s.leadRepository.count()).isEqualTo(1);
    }

    @Test
    void theCardHasOpportunitiesCallsNewestFirstAndStats() {
        Lead lead = s.leads.save(form("Ana", "(11) 98765-4321"));
        s.opportunities.insert(new Opportunity(null, lead.id(), "Plano PABX 20 ramais", LeadStage.PROPOSAL,
                new BigDecimal("1990.00"), null, null, null));
        Instant t = Instant.parse("2026-11-01T12:00:00Z");
        s.calls.insert(LeadsFixture.call("a", "+5511987654321", CallStatus.COMPLETED, t, 60));
        s.calls.insert(LeadsFixture.call("b", "+5511987654321", CallStatus.MISSED, t.plusSeconds(3600), 0));
        s.calls.insert(LeadsFixture.call("c", "+5511987654321", CallStatus.COMPLETED, t.plusSeconds(7200), 30));
        s.matcher.matchAll();

        LeadCard card = s.leads.card(lead.id()).orElseThrow();
        assertThat(card.opportunities()).extracting(Opportunity::title).containsExactly("Plano PABX 20 ramais");
        assertThat(card.calls()).extracting(c -> c.externalCallId()).containsExactly("c", "b", "a");
        assertThat(card.stats()).isEqualTo(new LeadStats(3, 2, t.plusSeconds(7200), Duration.ofSeconds(90), 0));
        assertThat(s.leads.find(lead.id()).orElseThrow().lastCallAt()).isEqualTo(t.plusSeconds(7200));
    }

    @Test
    void eachOpportunityHasTheFiguresOfTheCallsMadeAboutIt() {
        Lead lead = s.leads.save(form("Ana", "(11) 98765-4321"));
        Opportunity pabx = s.opportunities.insert(new Opportunity(null, lead.id(), "PABX 20 ramais", LeadStage.PROPOSAL,
                null, null, null, null));
        Opportunity links = s.opportunities.insert(new Opportunity(null, lead.id(), "Link dedicado", LeadStage.NEW,
                null, null, null, null));
        Opportunity idle = s.opportunities.insert(new Opportunity(null, lead.id(), "Ramal extra", LeadStage.NEW,
                null, null, null, null));
        Instant t = Instant.parse("2026-11-01T12:00:00Z");
        // PABX: answered 60 s talk, then not answered an hour later (a 0-second ring counts no talk).
        s.calls.insert(about(pabx, LeadsFixture.call("a", "+5511987654321", CallStatus.COMPLETED, t, 60)));
        s.calls.insert(about(pabx, LeadsFixture.call("b", "+5511987654321", CallStatus.MISSED, t.plusSeconds(3600), 0)));
        // Link: one answered call of 30 s two hours later; and one call about no opportunity (lead figures only).
        s.calls.insert(about(links, LeadsFixture.call("c", "+5511987654321", CallStatus.COMPLETED, t.plusSeconds(7200), 30)));
        s.calls.insert(LeadsFixture.call("d", "+5511987654321", CallStatus.BUSY, t.plusSeconds(9000), 0));
        s.matcher.matchAll();

        LeadCard card = s.leads.card(lead.id()).orElseThrow();
        assertThat(card.statsOf(pabx)).isEqualTo(new LeadStats(2, 1, t.plusSeconds(3600), Duration.ofSeconds(60), 0));
        assertThat(card.statsOf(links)).isEqualTo(new LeadStats(1, 1, t.plusSeconds(7200), Duration.ofSeconds(30), 0));
        assertThat(card.statsOf(idle)).isEqualTo(LeadStats.NONE);
        assertThat(card.stats()).isEqualTo(new LeadStats(4, 2, t.plusSeconds(9000), Duration.ofSeconds(90), 0));
    }

    private static Call about(Opportunity o, Call c) {
        return new Call(null, c.leadId(), o.id(), c.userId(), c.phoneNumber(), c.direction(), c.duration(), c.status(),
                c.startTime(), c.endTime(), c.recordingUrl(), c.externalCallId(), c.notes(), c.extension(), c.operator(),
                c.waitTime(), c.talkTime(), c.hangupReason(), c.sipCode(), c.transcript(), c.summary(), c.outcome(),
                c.rawStatus());
    }

    @Test
    void findByPhoneAcceptsTheNumberAsThePbxWritesIt() {
        Lead lead = s.leads.save(form("Ana", "(11) 98765-4321"));
        assertThat(s.leads.findByPhone("11987654321")).map(Lead::id).contains(lead.id());
        assertThat(s.leads.findByPhone("48999990000")).isEmpty();
    }
}
