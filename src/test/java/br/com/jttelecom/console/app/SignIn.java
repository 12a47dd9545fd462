package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.config.FirstAdminFile;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Signs in on the real login screen, as a person would, and waits for the main window. */
final class SignIn {

    private SignIn() {
    }

    /** One of demo mode's accounts: agente/agente123, supervisor/supervisor123, admin/admin123. */
    static void as(FxRobot robot, String login, String password) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#username").queryAs(TextField.class).setText(login);
            robot.lookup("#password").queryAs(PasswordField.class).setText(password);
        }).get();
        robot.clickOn("#signIn");
        // The login shows before the console has started; the sign-in waits for the start (database,
        // migrations, simulator), which on a cold, busy test JVM takes a good part of this.
        FxWait.until(60, () -> robot.lookup("#statusBar").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A real (non-demo) install: the first admin's password is in the data folder, as the login screen says. */
    static void asFirstAdmin(FxRobot robot, Path dataDir) throws Exception {
        // The console writes the file while it starts behind the login window, then the hint names it.
        FxWait.until(60, () -> robot.lookup("#hint").queryAs(Label.class).getText().contains(FirstAdminFile.FILE_NAME));
        as(robot, "admin", firstAdminPassword(dataDir));
    }

    private static String firstAdminPassword(Path dataDir) throws IOException {
        return Files.readAllLines(dataDir.resolve(FirstAdminFile.FILE_NAME), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("senha inicial: ")).map(l -> l.substring("senha inicial: ".length()).strip())
                .findFirst().orElseThrow();
    }
}
