package br.com.jttelecom.console.service.operator;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.pabx.wire.PersonRecord;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorControlTest {

    @TempDir
    Path dir;
    CallsFixture f;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String pbxStatus() {
        return f.pbx.listPeople(null).stream().filter(p -> "1".equals(p.id())).map(PersonRecord::status)
                .findFirst().orElseThrow();
    }

    @Test
    void loginPauseUnpauseLogoutRoundTripToThePbx() {
        f.operator.login();
        assertThat(pbxStatus()).isEqualTo("disponivel");
        f.operator.pause("Café");
        assertThat(pbxStatus()).isEqualTo("pausado");
        assertThat(f.operator.status().reason()).isEqualTo("Café");
        f.operator.unpause();
        assertThat(pbxStatus()).isEqualTo("disponivel");
        f.operator.logout();
        assertThat(pbxStatus()).isEqualTo("deslogado");
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.LOGGED_OUT);
    }

    @Test
    void atStartTheConsoleTakesTheStateThePbxHoldsForTheOperator() {
        f.pbx.loginOperator("1"); // left logged in by yesterday's console
        assertThat(f.operator.adoptPbxState()).contains(OperatorState.AVAILABLE);
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(new OperatorSessionRepository(f.db.jdbi()).list("1"))
                .extracting(OperatorSessionRepository.Span::state).containsExactly(OperatorState.AVAILABLE);

        f.operator.logout();
        f.pbx.loginOperator("1");
        f.pbx.pauseOperator("1", "Almoço");
        assertThat(f.operator.adoptPbxState()).contains(OperatorState.PAUSED);
        assertThat(f.operator.status().reason()).isEqualTo("Almoço");
    }

    @Test
    void aStateTheConsoleAlreadyHasIsNeverReplaced() {
        assertThat(f.operator.adoptPbxState()).as("logged out at the PBX: nothing to take").isEmpty();
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.LOGGED_OUT);

        f.operator.login();
        f.operator.pause("Café");
        f.pbx.unpauseOperator("1"); // the PBX says otherwise, but the console's own state stands
        assertThat(f.operator.adoptPbxState()).isEmpty();
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.PAUSED);
        assertThat(f.operator.status().reason()).isEqualTo("Café");
    }

    @Test
    void everyChangeIsWrittenToTheSessionTimeline() {
        f.operator.login();
        f.simClock.advance(Duration.ofSeconds(30));
        f.operator.pause("Almoço");
        f.simClock.advance(Duration.ofSeconds(60));
        f.operator.unpause();

        var spans = new OperatorSessionRepository(f.db.jdbi()).list("1");
        assertThat(spans).extracting(OperatorSessionRepository.Span::state)
                .containsExactly(OperatorState.AVAILABLE, OperatorState.PAUSED, OperatorState.AVAILABLE);
        assertThat(spans.get(1).reason()).isEqualTo("Almoço");
        assertThat(Duration.between(spans.get(1).startedAt(), spans.get(1).endedAt())).isEqualTo(Duration.ofSeconds(60));
        assertThat(spans.get(2).endedAt()).isNull();
    }

    @Test
    void pauseDuringCallAppliesWhenCallEnds() {
        f.operator.login();
        f.clickToCall.dialNumber("11987654321").join();
        f.advance(Duration.ofSeconds(10));
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.TALKING);

        f.operator.pause("Banheiro");
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.TALKING);
        assertThat(f.operator.status().pendingPause()).isEqualTo("Banheiro");
        assertThat(pbxStatus()).isEqualTo("disponivel");

        f.advance(Duration.ofSeconds(31));
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.PAUSED);
        assertThat(f.operator.status().reason()).isEqualTo("Banheiro");
        assertThat(pbxStatus()).isEqualTo("pausado");
    }

    @Test
    void aPauseThePbxRefusesAtTheCallsEndIsToldOnceAndTheCallIsLeftAllTheSame() {
        java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        f.operator.addPauseRefusedListener(p -> refused.add(p.in(br.com.jttelecom.console.i18n.Messages.portuguese())));
        f.operator.login();
        f.clickToCall.dialNumber("11987654321").join();
        f.advance(Duration.ofSeconds(10));
        f.operator.pause("Almoço");
        f.pbx.logoutOperator("1"); // out of the queue at the PBX meanwhile (another device)

        f.advance(Duration.ofSeconds(31)); // hung up
        f.advance(Duration.ofSeconds(10)); // the history's final status

        assertThat(f.operator.status().state()).isEqualTo(OperatorState.WRAP_UP);
        assertThat(f.operator.status().pendingPause()).isNull();
        assertThat(refused).singleElement().asString().contains("não está logado");
    }

    @Test
    void wrapUpFollowsEachCallThenTheAgentIsAvailable() {
        f.operator.login();
        f.clickToCall.dialNumber("11987654321").join();
        f.advance(Duration.ofSeconds(10));
        f.advance(Duration.ofSeconds(31));
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.WRAP_UP);
        f.advance(Duration.ofSeconds(29));
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.WRAP_UP);
        f.advance(Duration.ofSeconds(2));
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.AVAILABLE);
    }

    @Test
    void timeInStateCountsFromTheLastChange() {
        f.operator.login();
        f.simClock.advance(Duration.ofSeconds(42));
        assertThat(f.operator.status().timeIn(f.clock.instant())).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void pauseReasonsAreSeeded() {
        assertThat(f.operator.pauseReasons()).containsExactly("Almoço", "Café", "Banheiro", "Treinamento", "Feedback");
    }

    @Test
    void aFinishedCallsLateHistoryDoesNotEndTheNextCall() {
        f.operator.login();
        long first = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(10));
        f.advance(Duration.ofSeconds(31));      // first call ended, its history still to come
        f.operator.finishWrapUp();
        f.clickToCall.dialNumber("21987654321").join();
        f.advance(Duration.ofSeconds(10));      // second call talking; the first call's history arrives meanwhile
        assertThat(f.calls.findById(first).orElseThrow().status().isFinal()).isTrue();

        assertThat(f.operator.status().state()).isEqualTo(OperatorState.TALKING);
    }
}
