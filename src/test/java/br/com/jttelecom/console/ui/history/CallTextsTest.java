package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallTextsTest {

    private final CallTexts texts = new CallTexts(Messages.portuguese(), new PhoneNumbers(DialPlan.defaults()),
            ZoneId.of("America/Sao_Paulo"), Clock.fixed(Instant.parse("2026-11-29T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void aTableLineLeavesOutThisYearButKeepsTheSeconds() {
        assertThat(texts.tableDateTime(Instant.parse("2026-11-28T17:57:12Z"))).isEqualTo("28/11 14:57:12");
    }

    @Test
    void aCallOfAnotherYearShowsItsYearInsteadOfItsSeconds() {
        assertThat(texts.tableDateTime(Instant.parse("2025-12-30T12:15:40Z"))).isEqualTo("30/12/2025 09:15");
        assertThat(texts.tableDateTime(null)).isEmpty();
    }

    @Test
    void theDetailKeepsTheWholeDate() {
        assertThat(texts.dateTime(Instant.parse("2026-11-28T17:57:12Z"))).isEqualTo("28/11/2026 14:57:12");
    }
}
