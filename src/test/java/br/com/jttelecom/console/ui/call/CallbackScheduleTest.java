package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.CallbackReminders;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.service.calls.DialTarget;
import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Agendada" on the panel: a past moment is refused, a future one is confirmed and shown on the lead. */
class CallbackScheduleTest {

    @TempDir
    Path dir;
    CallsFixture f;
    CallPanelViewModel panel;
    long lead;

    @BeforeEach
    void endACallWithTheLead() {
        f = new CallsFixture(dir);
        CallbackReminders reminders = new CallbackReminders(new CallbackRepository(f.db.jdbi(), f.clock));
        panel = new CallPanelViewModel(Messages.portuguese(), f.clickToCall, f.notes,
                now -> reminders.announce(f.agent.userId(), now), new InlineTaskRunner(), f.clock,
                ZoneOffset.UTC, n -> f.phones.parse(n).display());
        f.tracker.addListener(panel);
        lead = f.lead("Ana Souza", "+5511987654321");
        f.clickToCall.dial(new DialTarget("+5511987654321", lead, null, null)).join();
        for (int i = 0; i < 6; i++) {
            f.advance(Duration.ofSeconds(10));
        }
        assertThat(panel.outcomeVisibleProperty().get()).isTrue();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aCallbackInThePastIsRefusedWithASentenceAndNothingIsScheduled() {
        panel.callbackDateProperty().set(LocalDate.of(2026, 8, 21)); // today, at T0 = 16:00 UTC
        panel.callbackTimeProperty().set("15:00");

        panel.chooseOutcome(Outcome.SCHEDULED);

        assertThat(panel.outcomeMessageProperty().get())
                .isEqualTo("O retorno em 21/08/2026 15:00 já passou: escolha uma data e hora futuras.");
        assertThat(panel.outcomeVisibleProperty().get()).isTrue();
        assertThat(callbacks()).isZero();
        assertThat(nextCallback()).isNull();
    }

    @Test
    void aScheduledCallbackIsConfirmedWithItsDateAndTimeAndShownOnTheLead() {
        panel.callbackDateProperty().set(LocalDate.of(2026, 8, 22));
        panel.callbackTimeProperty().set("10:30");

        panel.chooseOutcome(Outcome.SCHEDULED);

        assertThat(panel.outcomeMessageProperty().get()).isEqualTo("Resultado salvo: Agendada, retorno em 22/08/2026 10:30");
        assertThat(callbacks()).isEqualTo(1);
        assertThat(nextCallback()).isEqualTo(Instant.parse("2026-08-22T10:30:00Z"));
    }

    @Test
    void aCallbackReminderReadsTheNumberAsPeopleWriteIt() {
        var due = new br.com.jttelecom.console.service.calls.DueCallback(1, null, lead, "Ana Souza", "+5511987654321",
                CallsFixture.T0);

        assertThat(panel.reminderText(due)).isEqualTo("Hora de retornar: Ana Souza (11) 98765-4321");
    }

    private int callbacks() {
        return f.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM callback").mapTo(Integer.class).one());
    }

    private Instant nextCallback() {
        OffsetDateTime at = f.db.jdbi().withHandle(h -> h.createQuery("SELECT next_callback_at FROM lead WHERE id = :id")
                .bind("id", lead).mapTo(OffsetDateTime.class).one());
        return at == null ? null : at.toInstant();
    }
}
