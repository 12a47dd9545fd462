package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.pabx.CircuitState;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.ui.leads.LeadRow;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The PBX goes down in the middle of an agent's work, in the real window on the demo simulator: the console's
 * own requests open the circuit, the banner comes up by itself, and everything the agent types meanwhile — the
 * call's notes, its outcome, a new lead, an edit of another — is stored and shown, and is all still there once
 * the PBX is back and the banner has gone.
 */
class OutageWindowTest {

    private static final String NOTES = "Retornar amanhã, 10h";
    private static final String NEW_LEAD = "Bia Semrede";
    private static final String EDITED_COMPANY = "Sem PABX Ltda";


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        SignIn.as(robot, "agente", "agente123");
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> leadsTable() {
        return robot.lookup("#leadsTable").queryAs(TableView.class);
    }

    @Test
    void everythingTypedDuringAnOutageIsStoredShownAndStillThereWhenThePbxIsBack() throws Exception {
        PbxSimulator sim = console.runtime().simulator().orElseThrow();
        PabxClient pbx = console.runtime().pabxClient().orElseThrow();
        Node banner = robot.lookup("#pbxBanner").query();
        FxWait.until(10, () -> leadsTable().getItems().size() == 200);
        LeadRow edited = leadsTable().getItems().get(3);

        // A call that ends busy (last digit 0) after about two seconds: its outcome is asked for.
        robot.clickOn("#dialField").write("(11) 98765-4320");
        robot.clickOn("#dialButton");
        VBox outcome = robot.lookup("#outcomeBox").queryAs(VBox.class);
        FxWait.until(20, outcome::isVisible);

        // The PBX goes down: every answer a 503 page. The console's own reads fail until the circuit opens,
        // and the banner follows the circuit without anyone pressing "Testar conexão".
        sim.faults().httpError(503);
        for (int i = 0; i < 5 && pbx.circuitState() != CircuitState.OPEN; i++) {
            console.runtime().historySync().orElseThrow().syncNow().handle((r, e) -> null).get(30, TimeUnit.SECONDS);
        }
        assertThat(pbx.circuitState()).isEqualTo(CircuitState.OPEN);
        FxWait.until(10, banner::isVisible);
        long dialsBefore = sim.requestCount("discar_numero");

        // The agent keeps working: notes and outcome of the call, a new lead, an edit of another.
        robot.clickOn("#notesArea").write(NOTES);
        robot.clickOn("#disposition-1"); // the seeded "Produtiva"
        Label outcomeMessage = robot.lookup("#outcomeMessage").queryAs(Label.class);
        FxWait.until(10, () -> outcomeMessage.getText().startsWith("Resultado salvo"));

        robot.clickOn("Novo lead");
        robot.clickOn("#leadFormName").write(NEW_LEAD);
        robot.clickOn("#leadFormPhones").write("(48) 99123-4567");
        robot.clickOn("#leadFormSave");
        FxWait.until(10, () -> robot.lookup("#leadForm").tryQuery().isEmpty());

        WaitForAsyncUtils.asyncFx(() -> leadsTable().getSelectionModel().select(edited)).get();
        robot.clickOn("#editButton");
        robot.clickOn("#leadFormCompany").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(EDITED_COMPANY);
        robot.clickOn("#leadFormSave");
        FxWait.until(10, () -> robot.lookup("#leadForm").tryQuery().isEmpty());
        assertThat(banner.isVisible()).as("all of it while the PBX was down").isTrue();

        // The PBX comes back; the next scheduled check (run now, not in 30 s) takes the banner away.
        sim.faults().clear();
        console.runtime().connectionMonitor().checkNow().get(10, TimeUnit.SECONDS);
        FxWait.until(10, () -> !banner.isVisible());

        // In the store…
        var jdbi = console.runtime().database().jdbi();
        Call call = new CallRepository(jdbi).page(CallFilter.all().withPhone("+5511987654320"), null, 5).calls().get(0);
        assertThat(call.notes()).isEqualTo(NOTES);
        assertThat(call.outcome()).isEqualTo(Outcome.PRODUCTIVE);
        LeadRepository leads = new LeadRepository(jdbi);
        Lead created = leads.findById(leads.findIdsByPhone("+5548991234567").get(0)).orElseThrow();
        assertThat(created.name()).isEqualTo(NEW_LEAD);
        assertThat(leads.findById(edited.id()).orElseThrow().company()).isEqualTo(EDITED_COMPANY);
        // …and on screen.
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo(NOTES);
        FxWait.until(10, () -> leadsTable().getItems().stream()
                .anyMatch(r -> r.name().equals(NEW_LEAD)));
        assertThat(leadsTable().getItems()).filteredOn(r -> r.id() == edited.id()).singleElement()
                .extracting(LeadRow::company).isEqualTo(EDITED_COMPANY);
        assertThat(sim.requestCount("discar_numero")).as("nothing was dialled by the outage").isEqualTo(dialsBefore);
    }
}
