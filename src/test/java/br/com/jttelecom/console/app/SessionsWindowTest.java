package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One console, several people signing in and out of it in turn (demo mode: the agent works extension 201 as
 * operator 1, the supervisor 202 as operator 2): nothing of one session reaches the next.
 */
class SessionsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    /** The ids of the calls that end from now on, whoever's they are. */
    private Set<Long> endedCalls() {
        Set<Long> ended = ConcurrentHashMap.newKeySet();
        console.runtime().calls().orElseThrow().tracker().addListener(new CallListener() {
            @Override
            public void callChanged(TrackedCall call) {
                if (!call.phase().isLive()) {
                    ended.add(call.callId());
                }
            }
        });
        return ended;
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void signOut() throws Exception {
        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    /** "Encerrar sessão" from the menu, then the given answer in the dialog that asks first. */
    private void signOutAnswering(String answer) throws Exception {
        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        FxWait.until(10, () -> dialogButton(answer).isPresent());
        robot.clickOn(dialogButton(answer).orElseThrow());
    }

    private Optional<Button> dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst();
    }

    private String dialogHeader() {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    /** The agent's call, and the calls seen ending since it was dialled. */
    private record RingingCall(long id, Set<Long> ended) {
        boolean hasEnded() {
            return ended.contains(id);
        }
    }

    /**
     * The agent signs in, joins the queue and dials a number ending in 9, which the simulator lets ring unanswered
     * for half a minute, so the call outlives the agent's session.
     */
    private RingingCall agentInTheQueueDialsACallThatRingsOn() throws Exception {
        SignIn.as(robot, "agente", "agente123");
        Set<Long> ended = endedCalls();
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));
        robot.clickOn("#dialField").write("(11) 98765-4329");
        robot.clickOn("#dialButton");
        FxWait.until(20, () -> text("#operatorStatus").startsWith("Operador: chamando"));
        return new RingingCall(console.runtime().calls().orElseThrow().tracker().current("201").get(0).callId(), ended);
    }

    @Test
    void theNextUserStartsFromTheirOwnOperatorAndNeverSeesTheLastUsersCall() throws Exception {
        RingingCall agents = agentInTheQueueDialsACallThatRingsOn();
        // The supervisor's operator is in the queue at the PBX (logged in from another device, say).
        console.runtime().pabxClient().orElseThrow().loginOperator("2");

        signOutAnswering("Encerrar e continuar logado");
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());
        SignIn.as(robot, "supervisor", "supervisor123");

        // Their own operator as the PBX has it, not the agent's ringing call.
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));
        assertThat(text("#statusLabel")).isEqualTo("Nenhuma chamada no momento.");
        assertThat(text("#numberLabel")).isEmpty();
        // The agent's call goes on ringing at 201, then ends: still not the supervisor's.
        FxWait.until(60, () -> agents.hasEnded());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#statusLabel")).isEqualTo("Nenhuma chamada no momento.");
        assertThat(robot.lookup("#outcomeBox").queryAs(VBox.class).isVisible()).as("no outcome to pick for it").isFalse();
        assertThat(text("#operatorStatus")).as("no wrap-up after someone else's call").startsWith("Operador: disponível");
    }

    @Test
    void aPauseAskedDuringACallIsDroppedWithTheSessionThatAskedIt() throws Exception {
        RingingCall agents = agentInTheQueueDialsACallThatRingsOn();
        robot.clickOn("#pauseReason").clickOn("Café");
        robot.clickOn("#pauseButton");
        FxWait.until(10, () -> text("#operatorPending").equals("pausa pedida ao fim da chamada: Café"));

        signOutAnswering("Encerrar e continuar logado");
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());
        SignIn.as(robot, "supervisor", "supervisor123");
        FxWait.until(60, () -> agents.hasEnded());
        WaitForAsyncUtils.waitForFxEvents();

        // The call the pause waited for has ended; the agent who asked is gone, so nobody is paused.
        assertThat(console.runtime().simulator().orElseThrow().requests()).extracting(r -> r.action())
                .doesNotContain("pausar_operador");
        assertThat(text("#operatorPending")).isEmpty();
        assertThat(text("#operatorStatus")).doesNotContain("pausa");
    }

    @Test
    void signingOutWhileInTheQueueAsksFirstAndMayLeaveTheQueue() throws Exception {
        SignIn.as(robot, "agente", "agente123");
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> text("#operatorStatus").startsWith("Operador: disponível"));

        signOutAnswering("Cancelar");
        FxWait.until(10, () -> dialogButton("Cancelar").isEmpty());
        assertThat(robot.lookup("#statusBar").tryQuery()).as("still signed in").isPresent();

        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        FxWait.until(10, () -> dialogButton("Sair da fila e encerrar sessão").isPresent());
        assertThat(dialogHeader()).isEqualTo("Você ainda está logado na fila do PABX.");
        robot.clickOn(dialogButton("Sair da fila e encerrar sessão").orElseThrow());
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());
        assertThat(console.runtime().simulator().orElseThrow().requests()).filteredOn(r -> r.action().equals("logout_operador"))
                .extracting(r -> r.param("operador_id")).containsExactly("1");
    }

    @Test
    void signingOutDuringACallAsksFirst() throws Exception {
        SignIn.as(robot, "agente", "agente123");
        robot.clickOn("#dialField").write("(11) 98765-4329"); // rings unanswered for half a minute
        robot.clickOn("#dialButton");
        FxWait.until(20, () -> !text("#numberLabel").isEmpty());

        robot.clickOn("Arquivo").clickOn("Encerrar sessão");
        FxWait.until(10, () -> dialogButton("Cancelar").isPresent());
        assertThat(dialogHeader()).isEqualTo("Você está em uma chamada.");
        assertThat(dialogButton("Sair da fila e encerrar sessão")).as("not in the queue: nothing to leave").isEmpty();
        robot.clickOn(dialogButton("Encerrar sessão").orElseThrow());
        FxWait.until(20, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    @Test
    void aDueCallbackPopsUpForItsOwnerOnlyAndOnlyOnce() throws Exception {
        FxWait.until(60, () -> robot.lookup("#hint").queryAs(Label.class).getText().contains("admin / admin123"));
        StoredCalls stored = new StoredCalls(console.runtime());
        scheduleCallback(stored, "agente", "+5511987650001");
        scheduleCallback(stored, "supervisor", "+5511987650002");
        scheduleCallback(stored, "admin", "+5511987650003");

        SignIn.as(robot, "supervisor", "supervisor123");
        // The reminder shows the number as people read it: (11) 98765-0002, not +5511987650002.
        FxWait.until(20, () -> reminders().stream().anyMatch(t -> t.contains("(11) 98765-0002")));
        assertThat(remindersNow()).as("the supervisor's own callback only").hasSize(1);
        signOutOnceTheRemindersHaveGone();

        SignIn.as(robot, "agente", "agente123");
        FxWait.until(20, () -> reminders().stream().anyMatch(t -> t.contains("(11) 98765-0001")));
        assertThat(remindersNow()).as("the agent's own callback only").hasSize(1);
        signOutOnceTheRemindersHaveGone();

        scheduleCallback(stored, "agente", "+5511987650004");
        SignIn.as(robot, "agente", "agente123");
        FxWait.until(20, () -> reminders().stream().anyMatch(t -> t.contains("(11) 98765-0004")));
        assertThat(remindersNow()).as("the one announced before does not come back").hasSize(1);
        signOutOnceTheRemindersHaveGone();

        SignIn.as(robot, "admin", "admin123");
        FxWait.until(20, () -> reminders().stream().anyMatch(t -> t.contains("(11) 98765-0003")));
        assertThat(remindersNow()).as("the admin's own callback only").hasSize(1);
    }

    /** A call of {@code login}'s that ended "agendada", its callback due an hour ago. */
    private void scheduleCallback(StoredCalls stored, String login, String e164) {
        Instant start = Instant.now().minus(Duration.ofHours(2));
        var call = stored.inbound("cb-" + e164, e164, stored.userId(login), start);
        console.runtime().calls().orElseThrow().notes().setOutcome(call.id(), Outcome.SCHEDULED, start.plus(Duration.ofHours(1)));
    }

    /** The texts of the callback pop-ups showing now. */
    private List<String> reminders() {
        return robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((Label l) -> l.getText() != null
                        && l.getText().startsWith("Hora de retornar")).queryAll().stream())
                .map(l -> ((Label) l).getText())
                .toList();
    }

    private List<String> remindersNow() throws Exception {
        return WaitForAsyncUtils.asyncFx(this::reminders).get();
    }

    /** A pop-up outlives the scene it came from for a few seconds: the next session must not be blamed for it. */
    private void signOutOnceTheRemindersHaveGone() throws Exception {
        FxWait.until(20, () -> reminders().isEmpty());
        signOut();
    }

    @Test
    void signingInAndOutAgainAddsNoListenersToTheServicesThatOutliveTheWindow() throws Exception {
        SignIn.as(robot, "agente", "agente123");
        var calls = console.runtime().calls().orElseThrow();
        var sync = console.runtime().historySync().orElseThrow();
        int tracker = calls.tracker().listenerCount();
        int history = sync.listenerCount();
        int dialResults = calls.clickToCall().resultListenerCount();

        for (String[] who : new String[][] {{"supervisor", "supervisor123"}, {"admin", "admin123"}, {"agente", "agente123"}}) {
            signOut();
            SignIn.as(robot, who[0], who[1]);
            assertThat(calls.tracker().listenerCount()).as("call tracker, signed in as " + who[0]).isEqualTo(tracker);
            assertThat(sync.listenerCount()).as("history sync, signed in as " + who[0]).isEqualTo(history);
            assertThat(calls.clickToCall().resultListenerCount()).as("dial results, signed in as " + who[0])
                    .isEqualTo(dialResults);
        }
    }
}
