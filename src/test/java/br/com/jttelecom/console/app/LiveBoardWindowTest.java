package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.ui.board.CallLine;
import br.com.jttelecom.console.ui.board.OperatorRow;
import java.util.Map;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The live board in the real application (demo mode), headless: a call placed at the simulator shows up. */
class LiveBoardWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @Test
    void theSupervisorSeesTheirTeamAndACallOnTheirAgentsExtensionTicking() throws Exception {
        SignIn.as(robot, "supervisor", "supervisor123");
        robot.clickOn("#nav-board");
        FxWait.until(20, () -> !operators().getItems().isEmpty());
        assertThat(operators().getItems()).extracting(OperatorRow::name)
                // team Vendas: agente on 201, supervisor on 202; each named as the console knows them, the PBX's name beside
                .containsExactly("Ana Agente (Mariana Costa)", "Sérgio Supervisor (Rafael Lima)");

        // A call on Mariana's extension (the agent's), placed at the PBX as any dial would be.
        console.runtime().pabxClient().orElseThrow().dial("201", "011987654321", Map.of());
        FxWait.until(20, () -> calls().getItems().stream()
                .anyMatch(c -> c.who().equals("Ana Agente (Mariana Costa) · 201")));
        assertThat(marianasCall().customer()).isEqualTo("(11) 98765-4321");
        String first = marianasCall().timeProperty().get();
        // The timer ticks every second between two refreshes.
        FxWait.until(10, () -> !marianasCall().timeProperty().get().equals(first));
        FxWait.until(10, () -> operators().getItems().stream()
                .anyMatch(o -> o.name().equals("Ana Agente (Mariana Costa)") && o.stateText().matches("chamando|em conversa")));
    }

    @Test
    void anAdminSeesEveryOperatorOfTheDemoCompany() throws Exception {
        SignIn.as(robot, "admin", "admin123");
        robot.clickOn("#nav-board");
        FxWait.until(20, () -> operators().getItems().size() == 8);
        assertThat(operators().getItems()).extracting(OperatorRow::stateText).contains("pausado — Almoço");
    }

    private CallLine marianasCall() {
        return calls().getItems().stream().filter(c -> c.who().equals("Ana Agente (Mariana Costa) · 201")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<OperatorRow> operators() {
        return robot.lookup("#boardOperators").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<CallLine> calls() {
        return robot.lookup("#boardCalls").queryAs(TableView.class);
    }
}
