package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.recovery.DatabaseBackups;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console backs its database up at a clean exit, and at the next start restores a damaged one and says so. */
class ConsoleRecoveryTest {

    @TempDir
    Path dataDir;

    // A configured PBX (not demo), which need not answer: nothing here needs it.
    private final Map<String, String> env = Map.of(ConfigLoader.ENV_USER, "api@acme.com.br",
            ConfigLoader.ENV_TOKEN, "11112222-3333-4444-8555-666677778888",
            ConfigLoader.ENV_BASE_URL, "https://127.0.0.1:1/suite/api");

    @Test
    void aCleanExitBacksUpAndTheNextStartRestoresADamagedDatabaseAndSaysSo() throws Exception {
        try (ConsoleRuntime runtime = start()) {
            assertThat(runtime.recoveryNotice()).isEmpty();
            new SettingRepository(runtime.database().jdbi()).put("board.refresh", "7");
        }
        assertThat(backups()).hasSize(1);

        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve("jt-console.mv.db").toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }

        try (ConsoleRuntime runtime = start()) {
            assertThat(runtime.recoveryNotice()).hasValueSatisfying(sentence -> assertThat(sentence)
                    .startsWith("O banco de dados estava danificado e foi guardado à parte como jt-console.mv.db.damaged-")
                    .contains("cópia de segurança de", "histórico de chamadas"));
            assertThat(new SettingRepository(runtime.database().jdbi()).get("board.refresh")).contains("7");
        }
    }

    private ConsoleRuntime start() throws UsageException {
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse("--data-dir", dataDir.toString());
        ConfigLoader loader = new ConfigLoader(env, dataDir);
        SettingsFile settings = SettingsFile.open(dataDir);
        return ConsoleRuntime.start(loader.load(options, settings), settings, Clock.systemUTC());
    }

    private java.util.List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve(DatabaseBackups.FOLDER))) {
            return files.toList();
        }
    }
}
