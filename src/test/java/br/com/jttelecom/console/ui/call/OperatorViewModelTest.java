package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorViewModelTest {

    @TempDir
    Path dir;
    CallsFixture f;
    OperatorViewModel vm;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        vm = new OperatorViewModel(Messages.portuguese(), f.operator, new InlineTaskRunner(), f.clock);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void startsLoggedOutWithTheSeededReasons() {
        assertThat(vm.stateTextProperty().get()).isEqualTo("deslogado");
        assertThat(vm.reasons()).containsExactly("Almoço", "Café", "Banheiro", "Treinamento", "Feedback");
        assertThat(vm.selectedReasonProperty().get()).isEqualTo("Almoço");
    }

    @Test
    void anOperatorPausedAtThePbxBeforeTheConsoleOpenedShowsPausedWithTheReason() {
        f.pbx.loginOperator("1");
        f.pbx.pauseOperator("1", "Treinamento");
        OperatorViewModel opened = new OperatorViewModel(Messages.portuguese(), f.operator, new InlineTaskRunner(), f.clock);

        assertThat(opened.stateProperty().get()).isEqualTo(OperatorState.PAUSED);
        assertThat(opened.stateTextProperty().get()).startsWith("pausado (Treinamento)");
        assertThat(opened.loggedInProperty().get()).isTrue();
    }

    @Test
    void aPauseRefusedWhenTheCallEndsIsSaidAndTheCallIsLeft() {
        vm.login();
        f.clickToCall.dialNumber("11987654321").join();
        f.advance(Duration.ofSeconds(10));
        vm.selectedReasonProperty().set("Almoço");
        vm.pause();
        assertThat(vm.pendingTextProperty().get()).isEqualTo("pausa pedida ao fim da chamada: Almoço");
        f.pbx.logoutOperator("1"); // out of the queue at the PBX meanwhile

        f.advance(Duration.ofSeconds(31));

        assertThat(vm.stateProperty().get()).isEqualTo(OperatorState.WRAP_UP);
        assertThat(vm.pendingTextProperty().get()).isEmpty();
        assertThat(vm.errorTextProperty().get()).startsWith("A pausa pedida não foi feita ao fim da chamada: ")
                .contains("não está logado");
    }

    @Test
    void pauseWithAReasonShowsItWithTheTimeInState() {
        vm.login();
        vm.selectedReasonProperty().set("Café");
        vm.pause();
        f.simClock.advance(Duration.ofSeconds(75));
        vm.tick();

        assertThat(vm.stateProperty().get()).isEqualTo(OperatorState.PAUSED);
        assertThat(vm.stateTextProperty().get()).isEqualTo("pausado (Café) há 1:15");
        vm.unpause();
        assertThat(vm.stateTextProperty().get()).isEqualTo("disponível há 0:00");
    }

    @Test
    void aRefusalFromThePbxIsShownAndTheStateStays() {
        f.sim.faults().httpError(503);
        vm.login();

        assertThat(vm.errorTextProperty().get()).startsWith("O PABX não aceitou");
        assertThat(vm.loggedInProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    /** Each queue action the PBX refuses is said beside the buttons and as a notification; the state stays the PBX's. */
    @Test
    void aRefusedPauseUnpauseAndLogoutAreEachSaidAndLeaveTheStateAsItWas() {
        java.util.List<String> notified = new java.util.ArrayList<>();
        vm.failureProperty().addListener((o, old, text) -> {
            if (text != null) {
                notified.add(text);
            }
        });
        vm.login();
        assertThat(vm.loggedInProperty().get()).isTrue();

        f.sim.faults().httpError(503);
        vm.selectedReasonProperty().set("Café");
        vm.pause();
        assertThat(vm.errorTextProperty().get()).startsWith("O PABX não aceitou");
        assertThat(vm.pausedProperty().get()).isFalse();

        f.sim.faults().clear();
        vm.pause();
        assertThat(vm.pausedProperty().get()).isTrue();
        assertThat(vm.errorTextProperty().get()).as("a success clears the last refusal").isEmpty();

        f.sim.faults().httpError(503);
        vm.unpause();
        assertThat(vm.errorTextProperty().get()).startsWith("O PABX não aceitou");
        assertThat(vm.pausedProperty().get()).isTrue();

        vm.logout();
        assertThat(vm.errorTextProperty().get()).startsWith("O PABX não aceitou");
        assertThat(vm.loggedInProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(notified).hasSize(3).allSatisfy(t -> assertThat(t).startsWith("O PABX não aceitou"));
    }

    /** The English desk showed the PBX's failures in Portuguese: the sentence was fixed when the error was made. */
    @Test
    void thePbxFailureIsSaidInTheLanguageOfTheDesk() {
        OperatorViewModel english = new OperatorViewModel(Messages.forLanguage("en"), f.operator, new InlineTaskRunner(), f.clock);
        f.sim.faults().httpError(503);

        english.login();

        assertThat(english.errorTextProperty().get())
                .isEqualTo("The PBX did not accept it: PBX down (error 503) — the local history is still available.");
    }

    @Test
    void theAutoPauseIsAnnouncedWithItsReasonAndHowToComeBack() {
        java.util.List<String> notices = new java.util.ArrayList<>();
        vm.noticeProperty().addListener((o, old, text) -> {
            if (text != null) {
                notices.add(text);
            }
        });
        vm.autoPaused("Ausente", 3);
        vm.autoPaused("Ausente", 3); // the same news twice is announced twice
        vm.autoPauseFailed("Ausente", messages -> "PABX fora do ar");

        assertThat(notices).containsExactly(
                "3 chamadas seguidas sem resposta: você foi colocado em pausa (Ausente) e não recebe chamadas da fila. "
                        + "Clique em Retomar quando voltar.",
                "3 chamadas seguidas sem resposta: você foi colocado em pausa (Ausente) e não recebe chamadas da fila. "
                        + "Clique em Retomar quando voltar.",
                "Chamadas seguidas sem resposta, mas o PABX não aceitou a pausa automática: PABX fora do ar");
    }

    /** Joining the queue during a call shows the call, and a pause then asked waits for its end. */
    @Test
    void joiningTheQueueDuringACallShowsTheCallAndAPauseWaitsForItsEnd() {
        f.clickToCall.dialNumber("11987654321").join(); // dialled before joining the queue
        f.advance(Duration.ofSeconds(10));

        vm.login();
        assertThat(vm.stateProperty().get()).isEqualTo(OperatorState.TALKING);
        assertThat(vm.stateTextProperty().get()).startsWith("em conversa");

        vm.selectedReasonProperty().set("Café");
        vm.pause();
        f.simClock.advance(Duration.ofSeconds(20));
        vm.tick();
        assertThat(vm.pendingTextProperty().get()).isEqualTo("pausa pedida ao fim da chamada: Café");
        assertThat(vm.stateTextProperty().get()).startsWith("em conversa");

        f.advance(Duration.ofSeconds(11)); // the call ends: the pause takes effect, its clock starts there
        vm.tick();
        assertThat(vm.stateTextProperty().get()).isEqualTo("pausado (Café) há 0:00");
        f.simClock.advance(Duration.ofSeconds(5));
        vm.tick();
        assertThat(vm.stateTextProperty().get()).isEqualTo("pausado (Café) há 0:05");
    }

    /** A call made while paused: Retomar stays, the pause goes on after it, and its time leaves the call out. */
    @Test
    void aCallMadeDuringAPauseIsLeftOutOfThePausesTime() {
        vm.login();
        vm.selectedReasonProperty().set("Almoço");
        vm.pause();
        f.simClock.advance(Duration.ofSeconds(60));

        f.clickToCall.dialNumber("11987654321").join();
        f.advance(Duration.ofSeconds(10));
        assertThat(vm.stateProperty().get()).isEqualTo(OperatorState.TALKING);
        assertThat(vm.pausedProperty().get()).as("Retomar stays on offer").isTrue();
        assertThat(vm.pendingTextProperty().get()).isEqualTo("em pausa (Almoço): a pausa continua ao fim da chamada");

        f.advance(Duration.ofSeconds(31)); // the call ends
        vm.tick();
        assertThat(vm.stateProperty().get()).isEqualTo(OperatorState.PAUSED);
        assertThat(vm.pendingTextProperty().get()).isEmpty();
        assertThat(vm.stateTextProperty().get()).as("60 s of pause, the call's 41 s left out")
                .isEqualTo("pausado (Almoço) há 1:00");
        var spans = new br.com.jttelecom.console.store.OperatorSessionRepository(f.db.jdbi()).list("1");
        assertThat(spans).extracting(br.com.jttelecom.console.store.OperatorSessionRepository.Span::state)
                .containsExactly(OperatorState.AVAILABLE, OperatorState.PAUSED, OperatorState.RINGING,
                        OperatorState.TALKING, OperatorState.PAUSED);
    }
}
