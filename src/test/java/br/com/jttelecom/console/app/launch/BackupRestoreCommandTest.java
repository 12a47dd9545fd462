package br.com.jttelecom.console.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.app.Main;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.recovery.DatabaseBackups;
import br.com.jttelecom.console.store.recovery.DatabaseRecovery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --restore-backup FILE}: parsed, and restores that backup with the replaced file kept aside. */
class BackupRestoreCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theFlagTakesTheBackupFileInBothSpellingsAndNeedsNoWindow() throws UsageException {
        CommandLine cli = new CommandLine(Messages.portuguese());

        assertThat(cli.parse("--restore-backup", "/tmp/b.zip").restoreBackup()).contains(Path.of("/tmp/b.zip"));
        assertThat(cli.parse("--restore-backup=/tmp/b.zip").restoreBackup()).contains(Path.of("/tmp/b.zip"));
        assertThat(cli.parse("--restore-backup", "/tmp/b.zip").headlessOnly()).isTrue();
        assertThatThrownBy(() -> cli.parse("--restore-backup")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--restore-backup");
    }

    @Test
    void restoresTheBackupKeepsWhatItReplacedAsideReplaysNothingNewerAndExits() throws IOException {
        Path backup;
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            SettingRepository settings = new SettingRepository(opened.database().jdbi());
            settings.put("board.refresh", "5");
            backup = opened.backups().take(opened.database(), opened.journal()).file();
            settings.put("board.refresh", "30"); // after the backup: in the journal only
        }

        int code = run("--data-dir", dataDir.toString(), "--restore-backup", backup.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("foi restaurada", "jt-console.mv.db.replaced-");
        assertThat(names()).anyMatch(n -> n.startsWith("jt-console.mv.db.replaced-"))
                .anyMatch(n -> n.startsWith("edits.journal.replaced-"));
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            assertThat(opened.recovery()).isEmpty();
            assertThat(new SettingRepository(opened.database().jdbi()).get("board.refresh")).contains("5");
        }
    }

    @Test
    void isRefusedWhileAConsoleHasTheDatabaseOpen() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            Path backup = opened.backups().take(opened.database(), opened.journal()).file();

            int code = run("--data-dir", dataDir.toString(), "--restore-backup", backup.toString());

            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("feche-o antes de restaurar");
            assertThat(names()).noneMatch(n -> n.contains(".replaced-"));
        }
    }

    @Test
    void aFileThatIsNoBackupChangesNothing() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            new SettingRepository(opened.database().jdbi()).put("board.refresh", "5");
        }
        Path notABackup = Files.writeString(dataDir.resolve("notes.zip"), "not a zip");

        int code = run("--data-dir", dataDir.toString(), "--restore-backup", notABackup.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nada foi alterado");
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            assertThat(new SettingRepository(opened.database().jdbi()).get("board.refresh")).contains("5");
        }
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
