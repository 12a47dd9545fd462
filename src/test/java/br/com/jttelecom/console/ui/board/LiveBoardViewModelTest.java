package br.com.jttelecom.console.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.board.BoardFixture;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's screen state without a stage, on the simulator's manual clock. */
class LiveBoardViewModelTest {

    @TempDir
    Path dir;
    BoardFixture f;
    LiveBoardViewModel vm;

    @BeforeEach
    void open() {
        f = new BoardFixture(dir);
        vm = new LiveBoardViewModel(Messages.portuguese(), f.board, new InlineTaskRunner(), f.calls.clock,
                ZoneOffset.UTC, n -> "tel " + n);
        f.signIn("supervisor");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void timeInStateTicksWithTheClockAndALongPauseIsFlagged() {
        f.calls.pbx.loginOperator("2");
        f.calls.pbx.pauseOperator("2", "Almoço");
        vm.refresh();
        OperatorRow rafael = row("Rafael Lima");
        assertThat(rafael.stateText()).isEqualTo("pausado — Almoço");
        assertThat(rafael.timeProperty().get()).isEqualTo("0:00");
        assertThat(vm.statusProperty().get()).isEqualTo("Atualizado às 16:00:00");

        f.calls.simClock.advance(Duration.ofMinutes(15));
        vm.tick();
        assertThat(rafael.timeProperty().get()).isEqualTo("15:00");
        assertThat(rafael.longPauseProperty().get()).isFalse();
        f.calls.simClock.advance(Duration.ofSeconds(1));
        vm.tick();
        assertThat(rafael.longPauseProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).contains("Pausados: 1").contains("Deslogados: 1");
    }

    @Test
    void theLongestWaitTicksToo() {
        f.calls.sim.inboundTraffic(Duration.ofSeconds(4));
        for (int i = 0; i < 6; i++) {
            f.calls.simClock.advance(Duration.ofSeconds(2));
            f.calls.sim.tick();
        }
        vm.refresh();
        assertThat(vm.waiting()).isNotEmpty();
        assertThat(vm.waiting().get(0).customer()).startsWith("tel ");
        assertThat(vm.waiting().get(0).stateText()).isEqualTo("na fila");
        String before = vm.longestWaitProperty().get();
        f.calls.simClock.advance(Duration.ofSeconds(3));
        vm.tick();
        assertThat(vm.longestWaitProperty().get()).startsWith(vm.waiting().size() + " aguardando — maior espera ")
                .isNotEqualTo(before);
    }

    @Test
    void aPbxFailureKeepsTheLastBoardAndSaysWhy() {
        vm.refresh();
        assertThat(vm.operators()).hasSize(2);
        f.calls.sim.faults().httpError(500);
        f.calls.simClock.advance(Duration.ofSeconds(10));
        vm.refresh();
        assertThat(vm.operators()).hasSize(2);
        assertThat(vm.statusProperty().get()).startsWith("Não foi possível atualizar o painel");
    }

    @Test
    void anAgentGetsTheRefusalSentenceNotABoard() {
        f.signIn("agente");
        vm.refresh();
        assertThat(vm.operators()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("não permite ver o painel ao vivo");
    }

    private OperatorRow row(String name) {
        return vm.operators().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
