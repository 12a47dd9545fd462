package br.com.jttelecom.console.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.SettingRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit journal: a line per committed edit, in the file when the save returns, dropped by the next backup. */
class EditJournalTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void aSavedNoteIsInTheJournalFileWhenTheSaveReturns() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            long call = new LocalData(opened.database().jdbi()).syncedCall("pbx-1");

            new CallRepository(opened.database().jdbi(), clock).updateNotes(call, "cliente pediu retorno");

            List<String> lines = Files.readAllLines(dataDir.resolve(EditJournal.FILE_NAME), StandardCharsets.UTF_8);
            assertThat(lines).last().asString()
                    .contains("\"table\":\"CALL\"", "\"key\":{\"id\":" + call + "}", "cliente pediu retorno", "pbx-1");
        }
    }

    @Test
    void theSyncsOwnWritesAreNotJournalled() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            new LocalData(opened.database().jdbi()).syncedCall("pbx-1");

            assertThat(opened.journal().entriesAfter(0)).isEmpty();
        }
    }

    @Test
    void anEditRolledBackIsNotJournalled() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            SettingRepository settings = new SettingRepository(opened.database().jdbi(), clock);

            assertThatThrownBy(() -> opened.database().jdbi().useTransaction(h -> {
                settings.put("board.refresh", "5");
                throw new IllegalStateException("a later step of the same save failed");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(opened.journal().entriesAfter(0)).isEmpty();
            assertThat(settings.get("board.refresh")).isEmpty();
        }
    }

    @Test
    void anImportIsJournalledLeadByLeadWhenItsTransactionCommits() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            new LeadRepository(opened.database().jdbi(), clock).insertAll(List.of(
                    Lead.draft("Ana", null, List.of("+5548999990001"), null),
                    Lead.draft("Bia", null, List.of("+5548999990002"), null)));

            assertThat(opened.journal().entriesAfter(0)).extracting(JournalEntry::table, JournalEntry::seq)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(JournalTable.LEAD, 1L),
                            org.assertj.core.groups.Tuple.tuple(JournalTable.LEAD, 2L));
            assertThat(opened.journal().entriesAfter(0).get(0).children().get("lead_phone")).hasSize(1);
        }
    }

    @Test
    void aBackupDropsTheLinesItHoldsAndTheNumberingGoesOnAfterARestart() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            data.setting("a", "1");
            data.setting("b", "2");

            DatabaseBackups.Backup backup = opened.backups().take(opened.database(), opened.journal());

            assertThat(backup.journalSeq()).isEqualTo(2);
            assertThat(opened.journal().entriesAfter(0)).isEmpty();
        }
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            new LocalData(opened.database().jdbi()).setting("c", "3");

            assertThat(opened.journal().entriesAfter(0)).extracting(JournalEntry::seq).containsExactly(3L);
        }
    }

    @Test
    void anEditSavedWhileABackupIsCopiedStaysInTheJournal() {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            LocalData data = new LocalData(opened.database().jdbi());
            data.setting("before", "1");

            DatabaseBackups.Backup backup = opened.backups().take(opened.database(), opened.journal(),
                    () -> data.setting("during", "2"));

            // Not in the copy (saved after it was made), so it must still be in the journal.
            assertThat(opened.journal().entriesAfter(backup.journalSeq()))
                    .extracting(e -> e.key().get("setting_key")).containsExactly("during");
        }
    }

    @Test
    void aLineCutShortByAKillIsSkippedAndTheNextLineStandsAlone() throws IOException {
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            new LocalData(opened.database().jdbi()).setting("a", "1");
        }
        Files.writeString(dataDir.resolve(EditJournal.FILE_NAME), "{\"seq\":2,\"table\":\"SETT",
                StandardOpenOption.APPEND);

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, clock)) {
            new LocalData(opened.database().jdbi()).setting("b", "2");

            assertThat(opened.journal().entriesAfter(0)).extracting(e -> e.key().get("setting_key"))
                    .containsExactly("a", "b");
        }
    }
}
