package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadTextsTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private final LeadTexts texts = new LeadTexts(Messages.portuguese(), null, SAO_PAULO,
            Clock.fixed(Instant.parse("2026-11-29T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void aTableDateLeavesOutThisYearAndKeepsTheTime() {
        assertThat(texts.tableDateTime(Instant.parse("2026-11-23T17:05:00Z"))).isEqualTo("23/11 14:05");
    }

    @Test
    void aTableDateOfAnotherYearShowsTheYearInsteadOfTheTime() {
        assertThat(texts.tableDateTime(Instant.parse("2025-12-30T12:00:00Z"))).isEqualTo("30/12/2025");
        assertThat(texts.tableDateTime(Instant.parse("2027-01-04T12:00:00Z"))).isEqualTo("04/01/2027");
    }

    @Test
    void theYearIsTheOneOfTheConsolesZone() {
        // 02:30 UTC on New Year's Day is still 31 December in São Paulo: this year's date.
        LeadTexts newYear = new LeadTexts(Messages.portuguese(), null, SAO_PAULO,
                Clock.fixed(Instant.parse("2026-12-31T23:00:00Z"), ZoneOffset.UTC));
        assertThat(newYear.tableDateTime(Instant.parse("2027-01-01T02:30:00Z"))).isEqualTo("31/12 23:30");
        assertThat(newYear.tableDateTime(null)).isEmpty();
    }

    @Test
    void theCardKeepsTheWholeDate() {
        assertThat(texts.dateTime(Instant.parse("2026-11-23T17:05:00Z"))).isEqualTo("23/11/2026 14:05");
    }
}
