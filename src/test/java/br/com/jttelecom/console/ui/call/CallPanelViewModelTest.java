package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallPanelViewModelTest {

    @TempDir
    Path dir;
    CallsFixture f;
    CallPanelViewModel vm;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        var reminders = new br.com.jttelecom.console.service.calls.CallbackReminders(
                new br.com.jttelecom.console.store.CallbackRepository(f.db.jdbi(), f.clock));
        vm = new CallPanelViewModel(Messages.portuguese(), f.clickToCall, f.notes,
                now -> reminders.announce(f.agent.userId(), now), new InlineTaskRunner(), f.clock,
                ZoneOffset.UTC, n -> "display " + n);
        f.tracker.addListener(vm);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void dialFromTheFieldShowsTheCallLiveThenAsksForTheOutcome() {
        f.lead("Ana Souza", "+5511987654321");
        vm.dialTextProperty().set("(11) 98765-4321");
        vm.dial().join();

        assertThat(vm.hasCallProperty().get()).isTrue();
        assertThat(vm.numberProperty().get()).isEqualTo("display +5511987654321");
        assertThat(vm.statusTextProperty().get()).isEqualTo("discando");
        f.advance(Duration.ofSeconds(4));
        assertThat(vm.statusTextProperty().get()).isEqualTo("chamando cliente");
        f.advance(Duration.ofSeconds(6));
        assertThat(vm.statusTextProperty().get()).isEqualTo("em conversa");
        f.simClock.advance(Duration.ofSeconds(12));
        vm.tick();
        assertThat(vm.timerTextProperty().get()).isEqualTo("0:12");
        // Answered after 10 s of ringing, 12 s of talk: the same labels and format as the detail and the lead card.
        assertThat(vm.timesProperty().get()).isEqualTo("Conversa 0:12 · Espera 0:10 · Total 0:22");
        assertThat(vm.outcomeVisibleProperty().get()).isFalse();

        f.advance(Duration.ofSeconds(20));
        assertThat(vm.statusTextProperty().get()).isEqualTo("encerrada");
        assertThat(vm.outcomeVisibleProperty().get()).isTrue();
        f.advance(Duration.ofSeconds(10));
        assertThat(vm.statusTextProperty().get()).isEqualTo("atendida");
    }

    /** Once final the panel says what the PBX recorded (as the history and the API do), not this console's clock. */
    @Test
    void aFinalCallShowsThePbxTalkWaitAndTotal() {
        vm.dialTextProperty().set("(11) 98765-4321");
        long id = vm.dial().join().callId();
        for (int i = 0; i < 6; i++) {
            f.advance(Duration.ofSeconds(10));
        }
        assertThat(vm.statusTextProperty().get()).isEqualTo("atendida");

        Call stored = f.calls.findById(id).orElseThrow();
        Duration wait = stored.duration().minus(stored.talkTime());
        assertThat(vm.timesProperty().get()).isEqualTo("Conversa " + Durations.format(stored.talkTime())
                + " · Espera " + Durations.format(wait) + " · Total " + Durations.format(stored.duration()));
        assertThat(vm.timerTextProperty().get()).isEqualTo(Durations.format(stored.talkTime()));
        f.simClock.advance(Duration.ofMinutes(5));
        vm.tick();
        assertThat(vm.timerTextProperty().get()).isEqualTo(Durations.format(stored.talkTime()));
    }

    /**
     * A call resumed after a restart that the PBX no longer lists (seen in a real window: 3 h 29 min of
     * "conferindo o resultado no PABX…"): once the history has been asked its last time, the panel says so.
     */
    @Test
    void aCallWhoseResultNeverComesStopsBeingChecked() {
        java.time.Instant start = CallsFixture.T0.minusSeconds(600);
        f.calls.insert(new br.com.jttelecom.console.model.Call(null, null, null, null, "+5511987654321",
                br.com.jttelecom.console.model.Direction.OUTBOUND, null, br.com.jttelecom.console.model.CallStatus.IN_PROGRESS,
                start, null, null, "sumiu-do-pabx", null, f.agent.extension(), null, null, null, null, null, null, null,
                null, null));
        f.tracker.resume(f.notes.inProgressSince(start.minusSeconds(60), f.clock.instant()));
        f.advance(Duration.ofSeconds(2));
        f.advance(Duration.ofSeconds(2));
        f.advance(Duration.ofSeconds(2)); // not online: ended, its result asked of the history
        assertThat(vm.statusTextProperty().get()).isEqualTo("terminou sem atender · conferindo o resultado no PABX…");

        for (int i = 0; i < 30; i++) {
            f.advance(Duration.ofSeconds(10)); // every attempt the history is given, and more
        }

        assertThat(vm.statusTextProperty().get()).isEqualTo("terminou · o PABX não informou o resultado");
        assertThat(f.tracker.current()).isEmpty();
    }

    @Test
    void invalidNumberShowsTheMessageAndSendsNothing() {
        vm.dialTextProperty().set("123");
        vm.dial().join();

        assertThat(vm.dialMessageProperty().get()).isNotBlank().isNotEqualTo("Discando…");
        assertThat(vm.hasCallProperty().get()).isFalse();
        assertThat(f.sim.requestCount("discar_numero")).isZero();
    }

    @Test
    void refusedDialShowsThePbxMessageOnThePanel() {
        f.sim.faults().httpError(503);
        vm.dialTextProperty().set("11987654321");
        vm.dial().join();

        assertThat(vm.dialMessageProperty().get()).contains("PABX");
        assertThat(vm.statusTextProperty().get()).startsWith("falhou");
        assertThat(vm.outcomeVisibleProperty().get()).isTrue();
    }

    @Test
    void notesAreSavedShortlyAfterTypingWithoutLeavingTheField() {
        vm.dialTextProperty().set("11987654321");
        long id = vm.dial().join().callId();

        vm.notesProperty().set("cliente quer");
        vm.notesProperty().set("cliente quer proposta");

        Awaitility.await().atMost(5, TimeUnit.SECONDS)
                .until(() -> "cliente quer proposta".equals(f.calls.findById(id).orElseThrow().notes()));
    }

    @Test
    void notesAreSavedAtOnceWhenTheFieldLosesFocus() {
        vm.dialTextProperty().set("11987654321");
        long id = vm.dial().join().callId();

        vm.notesProperty().set("ligar depois das 14h");
        vm.notesFocusLost();

        assertThat(f.calls.findById(id).orElseThrow().notes()).isEqualTo("ligar depois das 14h");
    }

    /** Notes the store refused were dropped from memory before the write: the next save had nothing to write. */
    @Test
    void notesTheStoreRefusesAreSaidKeptAndSavedAtTheNextSave() {
        vm.dialTextProperty().set("11987654321");
        long id = vm.dial().join().callId();
        try (org.jdbi.v3.core.Handle holder = f.db.jdbi().open()) {
            holder.begin();
            holder.execute("UPDATE calls SET notes = 'outra tela' WHERE id = ?", id); // the row stays locked

            vm.notesProperty().set("cliente pediu proposta");
            vm.notesFocusLost();

            assertThat(vm.notesProblemProperty().get()).startsWith("As anotações não foram salvas (")
                    .endsWith("Elas continuam aqui e são salvas de novo na próxima alteração.");
            assertThat(vm.notesProperty().get()).isEqualTo("cliente pediu proposta");
            holder.rollback();
        }

        vm.notesFocusLost();

        assertThat(f.calls.findById(id).orElseThrow().notes()).isEqualTo("cliente pediu proposta");
        assertThat(vm.notesProblemProperty().get()).isEmpty();
    }

    @Test
    void scheduledOutcomeNeedsADateAndThenSchedulesTheCallback() {
        vm.dialTextProperty().set("11987654320"); // busy: ends within seconds
        long id = vm.dial().join().callId();
        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));
        assertThat(vm.outcomeVisibleProperty().get()).isTrue();

        vm.chooseOutcome(Outcome.SCHEDULED);
        assertThat(vm.outcomeMessageProperty().get()).isEqualTo("Informe a data e a hora do retorno.");

        vm.callbackDateProperty().set(LocalDate.of(2026, 8, 24));
        vm.callbackTimeProperty().set("10:30");
        vm.chooseOutcome(Outcome.SCHEDULED);

        assertThat(vm.outcomeVisibleProperty().get()).isFalse();
        assertThat(f.calls.findById(id).orElseThrow().outcome()).isEqualTo(Outcome.SCHEDULED);
        assertThat(f.notes.callbacksDue(java.time.Instant.parse("2026-08-24T10:30:00Z")))
                .singleElement().satisfies(c -> assertThat(c.callId()).isEqualTo(id));
    }

    @Test
    void aCallbackIsAnnouncedOnceWhenItFallsDue() {
        vm.dialTextProperty().set("11987654320");
        vm.dial().join();
        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));
        vm.callbackDateProperty().set(LocalDate.of(2026, 8, 21));
        vm.callbackTimeProperty().set("16:30");
        vm.chooseOutcome(Outcome.SCHEDULED);

        vm.checkCallbacks();
        assertThat(vm.callbackDueProperty().get()).isNull();
        f.simClock.advance(Duration.ofMinutes(30));
        vm.checkCallbacks();
        assertThat(vm.callbackDueProperty().get()).isNotNull();
        var announced = vm.callbackDueProperty().get();
        vm.checkCallbacks();
        assertThat(vm.callbackDueProperty().get()).isSameAs(announced);
    }

    @Test
    void theCallersCardIsTheLeadsWhenTheNumberIsKnownElseANewLeadWithTheNumber() {
        java.util.List<Object> asked = new java.util.ArrayList<>();
        vm.openLeadRequestProperty().addListener((o, old, id) -> asked.add(id == null ? "-" : "lead " + id));
        vm.createLeadRequestProperty().addListener((o, old, n) -> asked.add(n == null ? "-" : "new " + n));
        long ana = 7;

        vm.dialTextProperty().set("(11) 98765-4321"); // no lead has it
        vm.dial().join();
        assertThat(vm.callerKnownProperty().get()).isFalse();
        vm.openCaller();

        vm.openCard(new br.com.jttelecom.console.service.calls.InboundRing(9, "+5548991234567", "(48) 99123-4567", null, null));
        vm.openCard(new br.com.jttelecom.console.service.calls.InboundRing(9, "+5511987654321", "(11) 98765-4321", ana, "Ana"));

        assertThat(asked).filteredOn(a -> !"-".equals(a))
                .containsExactly("new display +5511987654321", "new (48) 99123-4567", "lead " + ana);
    }

    @Test
    void withNoCallTheCallersCardAsksNothing() {
        vm.createLeadRequestProperty().addListener((o, old, n) -> {
            throw new AssertionError("asked for " + n);
        });
        vm.openCaller();
        assertThat(vm.openLeadRequestProperty().get()).isNull();
    }
}
