package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LeadMatcherTest {

    private static final Instant T = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    private LeadsFixture s;
    private Lead ana;

    @BeforeEach
    void open() {
        s = new LeadsFixture(dir);
        ana = s.leads.save(new LeadForm(null, "Ana", "", "(11) 98765-4321\n(48) 3333-4444", "", LeadStage.NEW, null, null, ""));
        s.calls.insert(LeadsFixture.call("1", "+5511987654321", CallStatus.COMPLETED, T, 10));
        s.calls.insert(LeadsFixture.call("2", "+554833334444", CallStatus.MISSED, T.plusSeconds(60), 0));
        s.calls.insert(LeadsFixture.call("3", "+5521998887777", CallStatus.COMPLETED, T.plusSeconds(120), 10));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void callsGetTheLeadOfAnyOfItsPhones() {
        assertThat(s.matcher.matchAll()).isEqualTo(2);
        assertThat(s.calls.findByExternalId("1").orElseThrow().leadId()).isEqualTo(ana.id());
        assertThat(s.calls.findByExternalId("2").orElseThrow().leadId()).isEqualTo(ana.id());
        assertThat(s.calls.findByExternalId("3").orElseThrow().leadId()).isNull();
    }

    @Test
    void matchingAgainChangesNothing() {
        s.matcher.matchAll();
        assertThat(s.matcher.matchAll()).isZero();
        assertThat(s.calls.findByExternalId("1").orElseThrow().leadId()).isEqualTo(ana.id());
    }

    @Test
    void aCallAttachedByHandKeepsItsLeadWhenMatchingRuns() {
        Lead other = s.leads.save(new LeadForm(null, "Bia", "", "(31) 98877-6655", "", LeadStage.NEW, null, null, ""));
        s.matcher.attach(s.calls.findByExternalId("1").orElseThrow().id(), other.id());
        s.matcher.matchAll();
        assertThat(s.calls.findByExternalId("1").orElseThrow().leadId()).isEqualTo(other.id());
    }

    @Test
    void unmatchedCallsAreListedUntilALeadIsCreatedFromOne() {
        s.matcher.matchAll();
        assertThat(s.unidentified.page(null, 10).calls()).extracting(Call::externalCallId).containsExactly("3");
        Call unknown = s.unidentified.page(null, 10).calls().get(0);

        Lead created = s.matcher.createFromCall(unknown.id(), LeadForm.forPhone(unknown.phoneNumber()).withName("Carlos"));

        assertThat(s.calls.findByExternalId("3").orElseThrow().leadId()).isEqualTo(created.id());
        assertThat(s.unidentified.page(null, 10).calls()).isEmpty();
        assertThat(s.unidentified.count()).isZero();
    }
}
