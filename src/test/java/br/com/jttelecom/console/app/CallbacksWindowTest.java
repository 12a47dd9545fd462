package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.store.CallbackRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Retornos": the callbacks due, each with its moment shown whole (the "Quando" column cut it). */
class CallbacksWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @Test
    void anOverdueCallbackShowsItsMomentWholeInTheWhenColumn() throws Exception {
        // Overdue: the longest text the column holds, its date, hour and "· atrasado".
        new CallbackRepository(console.runtime().database().jdbi(), Clock.systemUTC())
                .schedule(null, null, "+5548990169921", Instant.now().minus(2, ChronoUnit.HOURS));
        SignIn.as(robot, "agente", "agente123");

        robot.clickOn("#nav-callbacks");
        FxWait.until(20, () -> callbacksTable() != null && !callbacksTable().getItems().isEmpty());
        TableView<?> table = callbacksTable();
        WaitForAsyncUtils.asyncFx(() -> {
            table.applyCss();
            table.layout();
        }).get();

        assertThat(robot.from(table).lookup(".table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.Labeled) cell).getText()).endsWith("· atrasado"));
        assertThat(ShownWhole.cutUnder(table)).isEmpty();
    }

    /** The page's table: the one with a "Quando" column. */
    private TableView<?> callbacksTable() {
        return robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(t -> t.getScene() != null && t.getColumns().stream().anyMatch(c -> "Quando".equals(((javafx.scene.control.TableColumn<?, ?>) c).getText())))
                .findFirst().orElse(null);
    }
}
