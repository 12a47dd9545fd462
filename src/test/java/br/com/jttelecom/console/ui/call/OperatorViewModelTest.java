package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.CallsFixture;
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
        assertThat(vm.pendingTextProperty().get()).isEqualTo("pausa pedida: Almoço, ao fim da chamada");
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
        vm.autoPauseFailed("Ausente", "PABX fora do ar");

        assertThat(notices).containsExactly(
                "3 chamadas seguidas sem resposta: você foi colocado em pausa (Ausente) e não recebe chamadas da fila. "
                        + "Clique em Retomar quando voltar.",
                "3 chamadas seguidas sem resposta: você foi colocado em pausa (Ausente) e não recebe chamadas da fila. "
                        + "Clique em Retomar quando voltar.",
                "Chamadas seguidas sem resposta, mas o PABX não aceitou a pausa automática: PABX fora do ar");
    }
}
