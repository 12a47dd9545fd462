package br.com.jttelecom.console.app.config;

import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real (non-demo) installation with no account yet gets a first admin it can sign in with. */
class FirstAdminTest {

    @TempDir
    Path dataDir;

    @Test
    void aFirstAdminPasswordIsWrittenOwnerOnlyAndSignsIn() throws Exception {
        // A configured PBX (not demo), which need not answer: nothing here calls it.
        Map<String, String> env = Map.of(ConfigLoader.ENV_USER, "api@acme.com.br",
                ConfigLoader.ENV_TOKEN, "11112222-3333-4444-8555-666677778888",
                ConfigLoader.ENV_BASE_URL, "https://127.0.0.1:1/suite/api");
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse(new String[]{"--data-dir", dataDir.toString()});
        ConfigLoader loader = new ConfigLoader(env, dataDir);
        SettingsFile settings = SettingsFile.open(dataDir);
        try (ConsoleRuntime runtime = ConsoleRuntime.start(loader.load(options, settings), settings, Clock.systemUTC())) {
            assertThat(runtime.config().demo()).isFalse();
            AdminServices admin = new AdminServices(runtime);
            Path file = dataDir.resolve(FirstAdminFile.FILE_NAME);
            assertThat(admin.loginHint()).contains(file.toString()).doesNotContain("admin123");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            List<String> lines = Files.readAllLines(file);
            String password = lines.get(1).substring("senha inicial: ".length());
            assertThat(admin.accounts().signIn("admin", password.toCharArray()).succeeded()).isTrue();
        }
    }
}
