package br.com.jttelecom.console.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import br.com.jttelecom.console.testsupport.MovableClock;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups in the data folder: consistent copies that restore every local row with its id, the last seven kept. */
class DatabaseBackupsTest {

    @TempDir
    Path dataDir;

    @Test
    void aBackupRestoredKeepsEveryLocalRowWithItsId() {
        Map<String, List<Map<String, Object>>> typed;
        DatabaseBackups.Backup backup;
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            LocalData data = new LocalData(opened.database().jdbi());
            data.syncedCall("pbx-0"); // so the call below is not id 1
            long call = data.syncedCall("pbx-1");
            long lead = data.lead("Maria Souza", "+5548999990001");
            data.opportunity(lead);
            data.attach(call, lead);
            data.notesAndOutcome(call, "quer proposta", br.com.jttelecom.console.model.Outcome.PRODUCTIVE);
            data.callback(call, lead);
            data.extension(data.user("ana"), "1001");
            data.setting("board.refresh", "5");
            data.pauseReason("Reunião");
            data.audit("LOGIN");
            typed = LocalData.snapshot(opened.database().jdbi());
            backup = opened.backups().take(opened.database(), opened.journal());
        }
        Path elsewhere = dataDir.resolve("elsewhere");

        DatabaseBackups.unpack(backup.file(), elsewhere);

        try (DatabaseRecovery.Opened restored = DatabaseRecovery.openFolder(elsewhere, Clock.systemUTC())) {
            assertThat(restored.recovery()).isEmpty();
            assertThat(LocalData.snapshot(restored.database().jdbi())).isEqualTo(typed);
        }
    }

    @Test
    void theLastSevenBackupsAreKept() throws IOException {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T03:00:00Z"));
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            DatabaseBackups backups = new DatabaseBackups(dataDir, clock);
            List<Instant> taken = new java.util.ArrayList<>();
            for (int day = 0; day < 9; day++) {
                clock.set(Instant.parse("2026-12-01T03:00:00Z").plus(Duration.ofDays(day)));
                taken.add(backups.take(opened.database(), opened.journal()).takenAt());
            }

            assertThat(backups.list()).extracting(DatabaseBackups.Backup::takenAt)
                    .containsExactlyElementsOf(taken.subList(2, 9).reversed());
            try (Stream<Path> files = Files.list(backups.folder())) {
                assertThat(files).hasSize(DatabaseBackups.KEPT); // no temporary file left behind
            }
        }
    }

    @Test
    void backupsAndTheJournalAreOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            new LocalData(opened.database().jdbi()).setting("a", "1");
            DatabaseBackups.Backup backup = opened.backups().take(opened.database(), opened.journal());

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(EditJournal.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }
}
