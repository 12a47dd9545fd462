package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.LeadSummary;
import br.com.jttelecom.console.ui.unidentified.UnidentifiedRow;
import br.com.jttelecom.console.store.calls.UnmatchedCalls;
import java.text.NumberFormat;
import java.util.Locale;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** "Chamadas não identificadas" in the real window, on the console's real store, as the demo agent. */
class UnidentifiedWindowTest {

    private static final String CARLOS = "+5521998887777";
    private static final String DORA = "+5531988776655";


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();
    private StoredCalls stored;
    private long agentId;

    @BeforeEach
    void startConsole() throws Exception {
        stored = new StoredCalls(console.runtime());
        long agent = stored.userId("agente");
        long supervisor = stored.userId("supervisor");
        // Ahead of the demo's synced history, so these are the newest rows whatever the sync brought.
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS);
        stored.inbound("u-1", CARLOS, agent, t);
        stored.inbound("u-2", DORA, agent, t.plusSeconds(600));
        stored.inbound("u-3", CARLOS, agent, t.plusSeconds(1200));
        stored.inbound("u-4", CARLOS, supervisor, t.plusSeconds(1800)); // not the agent's: not listed for them
        SignIn.as(robot, "agente", "agente123");
        robot.clickOn("#nav-unidentified");
        FxWait.until(10, () -> table().getItems().size() >= 3);
        agentId = agent;
    }

    @SuppressWarnings("unchecked")
    private TableView<UnidentifiedRow> table() {
        return robot.lookup(".unidentified-table").queryAs(TableView.class);
    }

    private String countText() {
        return robot.lookup(".count-badge").queryAs(Label.class).getText();
    }

    /** What the badge must say: the agent's unidentified calls in the store now (the demo's sync brings some too). */
    private String storeCount() {
        long n = new UnmatchedCalls(console.runtime().database().jdbi()).count(agentId);
        return (n == 1 ? "1 chamada" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("pt-BR")).format(n) + " chamadas")
                + " sem lead";
    }

    private List<UnidentifiedRow> firstRows(int n) {
        return table().getItems().subList(0, n);
    }

    @Test
    void theAgentsOwnCallsAreListedNewestFirstWithTheNumberFormatted() throws Exception {
        assertThat(firstRows(3)).extracting(UnidentifiedRow::displayNumber)
                .containsExactly("(21) 99888-7777", "(31) 98877-6655", "(21) 99888-7777");
        assertThat(table().getItems().get(0).fromNumber()).as("the supervisor's call counts: linking takes it too")
                .isEqualTo("3 ligações");
        assertThat(table().getItems()).extracting(UnidentifiedRow::callId).doesNotHaveDuplicates();
        FxWait.until(10, () -> storeCount().equals(countText()));
    }

    @Test
    void linkingANumberToALeadTakesEveryCallFromItOffTheList() throws Exception {
        LeadSummary lead = console.runtime().leads().search("", 1).get(0);
        clickRowButton(0, ".unidentified-link");
        // Its phone finds exactly that lead (two demo leads may share a name); a single match is picked at once.
        robot.clickOn("#linkLeadSearch").write(console.runtime().leads().display(lead.lead().mainPhone()));
        Node confirm = robot.lookup("#linkLeadConfirm").query();
        FxWait.until(10, () -> !confirm.isDisabled());
        robot.clickOn(confirm);

        FxWait.until(10, () -> !table().getItems().get(0).number().equals(CARLOS));
        assertThat(table().getItems()).extracting(UnidentifiedRow::number).doesNotContain(CARLOS).startsWith(DORA);
        FxWait.until(10, () -> storeCount().equals(countText()));
        for (String id : List.of("u-1", "u-3", "u-4")) {
            assertThat(stored.leadOf(id)).as(id).isEqualTo(lead.lead().id());
        }
        assertThat(console.runtime().leads().find(lead.lead().id()).orElseThrow().phones()).contains(CARLOS);
    }

    @Test
    void creatingALeadFromARowFillsInTheNumberAndTheLeadTakesItsCalls() throws Exception {
        clickRowButton(1, ".unidentified-create");
        TextArea phones = robot.lookup("#leadFormPhones").queryAs(TextArea.class);
        assertThat(phones.getText()).isEqualTo("(31) 98877-6655");
        robot.clickOn("#leadFormName").write("Dora Lima");
        robot.clickOn("#leadFormSave");

        FxWait.until(10, () -> !firstRows(2).stream().map(UnidentifiedRow::number).toList()
                .contains(DORA));
        assertThat(table().getItems()).extracting(UnidentifiedRow::number).doesNotContain(DORA);
        assertThat(firstRows(2)).extracting(UnidentifiedRow::number).containsOnly(CARLOS);
        Long lead = stored.leadOf("u-2");
        assertThat(lead).isNotNull();
        assertThat(console.runtime().leads().find(lead).orElseThrow().name()).isEqualTo("Dora Lima");
    }

    /** The row's button, once the table has drawn the row (cells come a pulse after the items). */
    private void clickRowButton(int row, String styleClass) throws Exception {
        FxWait.until(10, () -> rowButton(row, styleClass).isPresent());
        robot.clickOn(rowButton(row, styleClass).orElseThrow());
    }

    private java.util.Optional<Button> rowButton(int row, String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Button.class).stream()
                // A cell the table has just recycled can hold a button no longer in the scene.
                .filter(b -> b.getScene() != null && b.isVisible() && cellIndex(b) == row).findFirst();
    }

    private static int cellIndex(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell) {
                return cell.getIndex();
            }
        }
        return -1;
    }
}
