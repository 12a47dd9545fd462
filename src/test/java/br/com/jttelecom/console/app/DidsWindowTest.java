package br.com.jttelecom.console.app;

import br.com.jttelecom.console.sim.RecordedRequest;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DIDs in the real window, demo mode, headless, over the embedded PBX. */
class DidsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void openDids() throws Exception {
        SignIn.as(robot, "admin", "admin123");
        robot.clickOn("#nav-dids");
        FxWait.until(20, () -> robot.lookup("#weekDay1").tryQuery().isPresent());
    }

    private void type(String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    @Test
    void theBusinessDaysAreCheckBoxesAndTheMarkedOnesReachThePbx() throws Exception {
        robot.clickOn("#newButton");
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(robot.lookup("#weekDay" + d).queryAs(CheckBox.class).getText());
        }
        assertThat(days).containsExactly("Seg", "Ter", "Qua", "Qui", "Sex", "Sáb", "Dom");
        type("#number", "4833339090");
        type("#destination", "2001");
        // Fired rather than clicked: the lower boxes may sit below the scrolled part of the form.
        for (String box : List.of("#businessHours", "#weekDay4", "#weekDay5", "#weekDay7")) {
            WaitForAsyncUtils.asyncFx(() -> robot.lookup(box).queryAs(CheckBox.class).fire()).get();
        }
        type("#opensAt", "08:00");
        type("#closesAt", "18:00");

        robot.clickOn("#saveButton");

        Label message = robot.lookup("#message").queryAs(Label.class);
        FxWait.until(20, () -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo("DID criado no PABX.");
        RecordedRequest insert = console.runtime().simulator().orElseThrow().requests().stream()
                .filter(r -> r.action().equals("inserir_did") && "4833339090".equals(r.param("numero")))
                .findFirst().orElseThrow();
        assertThat(insert.param("horario_funcionamento_dias_semana")).isEqualTo("[\"1\",\"2\",\"3\",\"7\"]");
    }

    /** The PBX's digits reach it as typed; the table shows the number as people read it. */
    @Test
    @SuppressWarnings("unchecked")
    void theDidNumbersAreShownAsPeopleReadThem() throws Exception {
        javafx.scene.control.TableView<Object> table = robot.lookup("#table").queryAs(javafx.scene.control.TableView.class);
        FxWait.until(20, () -> !table.getItems().isEmpty());
        javafx.scene.control.TableColumn<Object, ?> number = table.getColumns().get(0);
        List<Object> shown = WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .map(row -> (Object) number.getCellData(row)).toList()).get();
        assertThat(shown).isNotEmpty().allSatisfy(n -> assertThat(n.toString()).matches("\\(\\d\\d\\) \\d{4,5}-\\d{4}"));
    }

    @Test
    void everyPlaceholderAndLabelOfTheFormIsShownWhole() throws Exception {
        Parent form = robot.lookup("#registrationDomain").queryAs(TextField.class).getParent();
        assertThat(ShownWhole.cutUnder(form)).isEmpty();
    }
}
