package br.com.jttelecom.console.service.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live board against the simulator on its manual clock: states, times, calls, queue and who sees what. */
class LiveBoardTest {

    @TempDir
    Path dir;
    BoardFixture f;

    @BeforeEach
    void open() {
        f = new BoardFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSupervisorSeesTheirTeamAnAdminEveryoneAndAnAgentIsRefused() {
        f.signIn("supervisor");
        assertThat(f.board.snapshot().operators()).extracting(BoardSnapshot.Operator::name)
                .containsExactly("Mariana Costa", "Rafael Lima");
        f.signIn("admin");
        assertThat(f.board.snapshot().operators()).extracting(BoardSnapshot.Operator::name)
                .containsExactly("Bruno Dias", "Mariana Costa", "Rafael Lima");
        f.signIn("agente");
        assertThatThrownBy(() -> f.board.snapshot()).isInstanceOf(PermissionDenied.class)
                .hasMessageContaining("painel ao vivo");
    }

    /** Seen in a real window: the board said "Mariana Costa" where the rest of the console says the agent's own name. */
    @Test
    void aLinkedOperatorIsNamedAsTheConsoleUserWithThePbxNameBesideWhereItDiffers() {
        f.board.naming(f.visibility::linkedOperators);
        f.signIn("admin");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        f.visibility.linkedOperators().forEach(l -> names.put(l.operatorId(), l.name()));

        assertThat(f.board.snapshot().operators()).extracting(BoardSnapshot.Operator::name).containsExactlyInAnyOrder(
                "Bruno Dias", names.get("1") + " (Mariana Costa)", names.get("2") + " (Rafael Lima)");
    }

    @Test
    void aPauseKeepsItsStartAsTheClockMovesAndIsFlaggedPastTheThreshold() {
        f.calls.pbx.loginOperator("2");
        f.calls.pbx.pauseOperator("2", "Café");
        f.signIn("supervisor");
        Instant paused = f.calls.clock.instant();
        BoardSnapshot.Operator rafael = rafael(f.board.snapshot());
        assertThat(rafael.state()).isEqualTo(OperatorState.PAUSED);
        assertThat(rafael.reason()).isEqualTo("Café");
        assertThat(rafael.since()).isEqualTo(paused);

        f.calls.simClock.advance(Duration.ofMinutes(14));
        BoardSnapshot at14 = f.board.snapshot();
        assertThat(rafael(at14).timeAt(at14.at())).isEqualTo(Duration.ofMinutes(14));
        assertThat(rafael(at14).longPause(at14.at(), at14.pauseAlert())).isFalse();

        f.calls.simClock.advance(Duration.ofMinutes(2));
        BoardSnapshot at16 = f.board.snapshot();
        assertThat(rafael(at16).since()).isEqualTo(paused);
        assertThat(rafael(at16).longPause(at16.at(), at16.pauseAlert())).isTrue();

        f.calls.pbx.unpauseOperator("2");
        f.calls.simClock.advance(Duration.ofSeconds(5));
        BoardSnapshot back = f.board.snapshot();
        assertThat(rafael(back).state()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(rafael(back).since()).isEqualTo(back.at());
    }

    @Test
    void theConsolesOwnTimelineGivesTheExactStartAndTheWrapUpThePbxDoesNotKnow() {
        f.calls.operator.login(); // the fixture's console works operator 1 (Mariana): it writes operator_session
        Instant loggedIn = f.calls.clock.instant();
        f.calls.simClock.advance(Duration.ofMinutes(5));
        f.signIn("admin");
        assertThat(mariana(f.board.snapshot()).since()).isEqualTo(loggedIn);

        Instant wrapUp = f.calls.simClock.advance(Duration.ofMinutes(1));
        new OperatorSessionRepository(f.calls.db.jdbi()).begin("1", OperatorState.WRAP_UP, null, wrapUp);
        f.calls.simClock.advance(Duration.ofSeconds(20));
        BoardSnapshot.Operator mariana = mariana(f.board.snapshot());
        assertThat(mariana.state()).isEqualTo(OperatorState.WRAP_UP);
        assertThat(mariana.since()).isEqualTo(wrapUp);
    }

    @Test
    void aLiveCallShowsOnItsOperatorFromTheTrackersPollWithoutAskingThePbxAgain() {
        f.calls.operator.login();
        f.calls.clickToCall.dialNumber("11987654321").join();
        f.calls.advance(Duration.ofSeconds(1));
        f.calls.advance(Duration.ofSeconds(3));
        f.calls.advance(Duration.ofSeconds(6)); // talking; the tracker polled the online list just now
        long polls = f.calls.sim.requestCount("listar_chamadas_online");
        f.signIn("supervisor");

        BoardSnapshot s = f.board.snapshot();
        assertThat(f.calls.sim.requestCount("listar_chamadas_online")).isEqualTo(polls);
        BoardSnapshot.Operator mariana = mariana(s);
        assertThat(mariana.state()).isEqualTo(OperatorState.TALKING);
        assertThat(mariana.customer()).endsWith("11987654321");
        assertThat(s.inCall()).singleElement().satisfies(c -> {
            assertThat(c.operator()).isEqualTo("Mariana Costa");
            assertThat(c.extension()).isEqualTo("201");
            assertThat(c.talking()).isTrue();
            assertThat(c.timeAt(s.at())).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void callersWaitingInTheQueueAreListedLongestWaitFirst() {
        f.calls.sim.inboundTraffic(Duration.ofSeconds(4)); // nobody is logged in: every caller queues
        for (int i = 0; i < 6; i++) {
            f.calls.simClock.advance(Duration.ofSeconds(2));
            f.calls.sim.tick();
        }
        f.signIn("supervisor");
        BoardSnapshot s = f.board.snapshot();
        assertThat(s.waiting()).isNotEmpty();
        assertThat(s.waiting()).extracting(BoardSnapshot.Call::since).isSorted();
        assertThat(s.longestWait(s.at())).isEqualTo(Duration.between(s.waiting().get(0).since(), s.at()))
                .isPositive();
        assertThat(s.inCall()).isEmpty();
    }

    @Test
    void anotherTeamsCallIsNotOnTheSupervisorsBoard() {
        f.calls.pbx.dial("203", "011987654321", java.util.Map.of());
        f.calls.simClock.advance(Duration.ofSeconds(2));
        f.signIn("supervisor");
        assertThat(f.board.snapshot().inCall()).isEmpty();
        f.signIn("admin");
        f.calls.simClock.advance(Duration.ofSeconds(5)); // past the refresh interval: a new answer
        assertThat(f.board.snapshot().inCall()).extracting(BoardSnapshot.Call::extension).containsExactly("203");
    }

    @Test
    void aCallOnAnExtensionNobodyWorksIsOnTheSupervisorsBoardButThatOperatorIsNot() {
        f.calls.sim.addOperator("Sem Dono", "204", false); // extension and operator linked to no console user
        f.calls.pbx.dial("204", "011987654321", java.util.Map.of());
        f.calls.pbx.dial("203", "04833334444", java.util.Map.of());
        f.calls.simClock.advance(Duration.ofSeconds(2));
        f.signIn("supervisor");
        BoardSnapshot s = f.board.snapshot();
        assertThat(s.inCall()).extracting(BoardSnapshot.Call::extension).containsExactly("204");
        assertThat(s.operators()).extracting(BoardSnapshot.Operator::name).doesNotContain("Sem Dono", "Bruno Dias");
    }

    private static BoardSnapshot.Operator rafael(BoardSnapshot s) {
        return s.operators().stream().filter(o -> o.name().equals("Rafael Lima")).findFirst().orElseThrow();
    }

    private static BoardSnapshot.Operator mariana(BoardSnapshot s) {
        return s.operators().stream().filter(o -> o.name().equals("Mariana Costa")).findFirst().orElseThrow();
    }
}
