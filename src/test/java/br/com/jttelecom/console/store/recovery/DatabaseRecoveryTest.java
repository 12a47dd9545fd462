package br.com.jttelecom.console.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database found damaged at open: set aside, restored from the latest backup and the journal, nothing typed lost. */
class DatabaseRecoveryTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void aHealthyDatabaseOpensWithoutRecovery() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            assertThat(opened.recovery()).isEmpty();
        }
    }

    @Test
    void aDatabaseDamagedInTheMiddleIsSetAsideAndRestoredFromBackupAndJournal() throws IOException {
        Map<String, List<Map<String, Object>>> before = typeEverythingAcrossABackup();

        LocalData.damageMiddle(dataDir.resolve(DatabaseRecovery.DB_FILE));

        assertRecoveredWith(before);
    }

    @Test
    void aTruncatedDatabaseIsSetAsideAndRestoredFromBackupAndJournal() throws IOException {
        Map<String, List<Map<String, Object>>> before = typeEverythingAcrossABackup();

        LocalData.truncate(dataDir.resolve(DatabaseRecovery.DB_FILE));

        assertRecoveredWith(before);
    }

    @Test
    void withoutAnyBackupTheJournalAloneBringsBackWhatWasTyped() throws IOException {
        Map<String, List<Map<String, Object>>> before;
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            long call = data.syncedCall("pbx-1");
            long lead = data.lead("Maria Souza", "+5548999990001");
            data.attach(call, lead);
            data.notesAndOutcome(call, "quer proposta", Outcome.PRODUCTIVE);
            data.callback(call, lead);
            data.setting("board.refresh", "5");
            data.audit("LOGIN");
            before = LocalData.snapshot(opened.database().jdbi());
        }
        LocalData.truncate(dataDir.resolve(DatabaseRecovery.DB_FILE));

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            RecoveryReport report = opened.recovery().orElseThrow();
            assertThat(report.backupTakenAt()).isEmpty();
            assertThat(report.failed()).isZero();
            assertThat(LocalData.snapshot(opened.database().jdbi())).isEqualTo(before);
        }
    }

    @Test
    void theRestoredSyncCursorIsTheBackupsSoTheSyncFetchesWhatCameAfter() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            SyncStateRepository sync = new SyncStateRepository(opened.database().jdbi(), clock);
            sync.put("history", "cursor-at-backup");
            opened.backups().take(opened.database(), opened.journal());
            sync.put("history", "cursor-after-backup");
        }
        LocalData.damageMiddle(dataDir.resolve(DatabaseRecovery.DB_FILE));

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            assertThat(new SyncStateRepository(opened.database().jdbi(), clock).cursor("history").orElseThrow())
                    .isEqualTo("cursor-at-backup");
        }
    }

    @Test
    void aCallSyncedAfterTheBackupKeepsItsIdAndNotesWhenTheSyncBringsItBack() throws IOException {
        long call;
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            data.syncedCall("pbx-1");
            opened.backups().take(opened.database(), opened.journal());
            call = data.syncedCall("pbx-2"); // after the backup: only its notes are journalled
            data.notesAndOutcome(call, "retornar às 15h", Outcome.SCHEDULED);
        }
        LocalData.damageMiddle(dataDir.resolve(DatabaseRecovery.DB_FILE));

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            long again = new LocalData(opened.database().jdbi()).syncedCall("pbx-2"); // the sync fetching it again

            var stored = new br.com.jttelecom.console.store.calls.CallRepository(opened.database().jdbi(), clock)
                    .findById(again).orElseThrow();
            assertThat(again).isEqualTo(call);
            assertThat(stored.notes()).isEqualTo("retornar às 15h");
            assertThat(stored.outcome()).isEqualTo(Outcome.SCHEDULED);
            assertThat(stored.phoneNumber()).isEqualTo("+5548991234567");
        }
    }

    @Test
    void aNewestBackupThatDoesNotOpenIsPassedOverForTheOneBeforeItAndTheGapIsReported() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            data.setting("first", "1");
            opened.backups().take(opened.database(), opened.journal());
            data.setting("second", "2");
            Path newest = opened.backups().take(opened.database(), opened.journal()).file();
            data.setting("third", "3");
            java.nio.file.Files.writeString(newest, "not a zip any more");
        }
        LocalData.truncate(dataDir.resolve(DatabaseRecovery.DB_FILE));

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            RecoveryReport report = opened.recovery().orElseThrow();
            assertThat(report.backupTakenAt()).isPresent();
            assertThat(report.editsMissing()).isTrue();
            var settings = new br.com.jttelecom.console.store.SettingRepository(opened.database().jdbi());
            assertThat(settings.get("first")).contains("1");
            assertThat(settings.get("third")).contains("3");
        }
    }

    /** Part before a backup, part after it (in the journal only), some of it editing rows of the first part. */
    private Map<String, List<Map<String, Object>>> typeEverythingAcrossABackup() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            long agent = data.user("ana");
            long call = data.syncedCall("pbx-1");
            long lead = data.lead("Maria Souza", "+5548999990001");
            data.opportunity(lead);
            data.notesAndOutcome(call, "primeira conversa", Outcome.SCHEDULED);
            data.setting("board.refresh", "5");
            data.pauseReason("Reunião");
            data.extension(agent, "1001");
            data.audit("LOGIN");

            opened.backups().take(opened.database(), opened.journal());

            long laterCall = data.syncedCall("pbx-2");
            long laterLead = data.lead("João Lima", "+5548999990002");
            data.attach(laterCall, laterLead);
            data.notesAndOutcome(call, "ligar de novo amanhã", Outcome.PRODUCTIVE);
            data.notesAndOutcome(laterCall, "pediu desconto", Outcome.UNPRODUCTIVE);
            data.callback(laterCall, laterLead);
            data.setting("board.refresh", "10");
            data.setting("stats.period", "30");
            data.extension(data.user("bia"), "1001"); // takes ana's extension
            data.audit("NOTE_SAVED");
            return LocalData.snapshot(opened.database().jdbi());
        }
    }

    private void assertRecoveredWith(Map<String, List<Map<String, Object>>> before) throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            RecoveryReport report = opened.recovery().orElseThrow();
            assertThat(report.backupTakenAt()).isPresent();
            assertThat(report.replayed()).isPositive();
            assertThat(report.failed()).isZero();
            assertThat(report.editsMissing()).isFalse();
            assertThat(dataDir.resolve(report.setAside())).exists().isRegularFile();
            assertThat(LocalData.snapshot(opened.database().jdbi())).isEqualTo(before);

            // New rows after the recovery take new ids, never one a replayed row has.
            LocalData data = new LocalData(opened.database().jdbi());
            long next = data.lead("Nova", "+5548999990009");
            assertThat(before.get("lead")).extracting(r -> ((Number) r.get("id")).longValue()).doesNotContain(next);
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(DatabaseRecovery.DB_FILE + ".damaged-"));
        }
    }
}
