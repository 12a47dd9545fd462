package br.com.jttelecom.console.app;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ramais in the real window, demo mode, headless, over the embedded PBX. */
class ExtensionsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void openExtensions() throws Exception {
        SignIn.as(robot, "admin", "admin123");
        robot.clickOn("#nav-extensions");
        FxWait.until(20, () -> robot.lookup("#table").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void type(String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    @Test
    void oneSaveShowsEveryWrongFieldBesideItAndTheMessageInSight() throws Exception {
        robot.clickOn("#newButton");
        type("#number", "12a");

        robot.clickOn("#saveButton");

        FxWait.until(20, () -> !label("#numberError").getText().isEmpty());
        assertThat(label("#numberError").getText()).isEqualTo("O número do ramal deve ter de 2 a 8 dígitos.");
        assertThat(label("#nameError").getText()).isEqualTo("Informe o nome do ramal.");
        assertThat(label("#sipPasswordError").getText()).isEqualTo("Informe a senha SIP do novo ramal.");
        assertThat(label("#nameError").isVisible()).isTrue();
        assertThat(label("#callerIdError").isVisible()).as("a right field has no error line").isFalse();
        assertThat(label("#message").getText()).isEqualTo("Nada foi enviado ao PABX: corrija os 3 campos marcados.");
        assertThat(InSight.of(label("#message"))).isTrue();
        assertThat(InSight.of(label("#numberError"))).isTrue();
    }

    @Test
    void theDialPlanIsPickedByNameFromThePbxsList() throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> plans = robot.lookup("#dialPlanId").queryAs(ComboBox.class);
        FxWait.until(20, () -> plans.getItems().size() > 1);
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> plans.getItems().stream()
                .map(id -> plans.getConverter().toString(id)).toList()).get();
        assertThat(shown).containsExactly("(manter o do PABX)", "1 — Somente internos",
                "2 — Local e móvel", "3 — Nacional");
    }

    @Test
    void allThePbxFieldsFollowAnEditOnceSaved() throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        TextArea details = robot.lookup("#details").queryAs(TextArea.class);
        FxWait.until(20, () -> details.getText().contains("nome: "));
        type("#name", "Ramal Renomeado");

        robot.clickOn("#saveButton");

        FxWait.until(20, () -> details.getText().contains("nome: Ramal Renomeado\n"));
        assertThat(label("#message").getText()).isEqualTo("Ramal alterado no PABX.");
        assertThat(table.getSelectionModel().getSelectedIndex()).isNotNegative();
    }

    @Test
    void everyPlaceholderLabelAndChoiceOfTheFormIsShownWhole() throws Exception {
        robot.clickOn("#newButton");
        Parent form = robot.lookup("#number").queryAs(TextField.class).getParent();
        assertThat(ShownWhole.cutUnder(form)).isEmpty();
    }
}
