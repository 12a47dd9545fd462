package br.com.jttelecom.console.app;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;


import static org.assertj.core.api.Assertions.assertThat;

/** Configurações in the real window, demo mode, headless: Salvar works, and what it answers is in sight. */
class SettingsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void openSettings() throws Exception {
        Stage stage = console.stage();
        SignIn.as(robot, "admin", "admin123");
        assertThat(stage.isShowing()).isTrue();
        robot.clickOn("#nav-settings");
        FxWait.until(20, () -> robot.lookup("#saveButton").tryQuery().isPresent()
                && !robot.lookup("#requestsPerSecond").queryAs(TextField.class).getText().isEmpty());
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void saveInDemoModeSavesAndSaysSoInSight() throws Exception {
        assertThat(robot.lookup("#baseUrl").queryAs(TextField.class).getText()).isEmpty();
        assertThat(label("#demoNote").getText()).startsWith("Modo demonstração: o console usa o PABX de demonstração");
        assertThat(ShownWhole.cutUnder(label("#demoNote").getParent().getParent())).isEmpty();

        robot.clickOn("#saveButton");

        FxWait.until(20, () -> !label("#message").getText().isEmpty());
        assertThat(label("#message").getText()).startsWith("Configurações salvas");
        assertThat(InSight.of(label("#message"))).as("the answer to Salvar is on screen, not below the fold").isTrue();
    }

    @Test
    void aWrongAddressIsSaidInFullBesideItsFieldInSight() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#baseUrl").queryAs(TextField.class)
                .setText("pabx.exemplo.com.br/suite/api")).get();

        robot.clickOn("#saveButton");

        FxWait.until(20, () -> !label("#baseUrlError").getText().isEmpty());
        assertThat(label("#baseUrlError").getText()).isEqualTo("O endereço do PABX deve começar com https:// "
                + "(ex.: https://emnuvem.meupabxip.com.br/suite/api); foi digitado \"pabx.exemplo.com.br/suite/api\".");
        assertThat(label("#message").getText()).isEqualTo("Nada foi salvo: corrija o campo marcado.");
        assertThat(InSight.of(label("#baseUrlError"))).isTrue();
        assertThat(InSight.of(label("#message"))).isTrue();
    }
}
