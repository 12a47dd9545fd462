package br.com.jttelecom.console.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.recovery.RecoveryReport;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one sentence about a restored database, in both languages, with what could not be brought back. */
class RecoveryNoticeTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void saysWhereTheDamagedFileIsWhatCameBackAndWhatDidNot() {
        RecoveryReport report = new RecoveryReport(AT, "jt-console.mv.db.damaged-20261207T020000Z",
                Optional.of(AT.minusSeconds(3600)), 12, 1, false, "MVStoreException");

        String english = RecoveryNotice.sentence(report, Messages.forLanguage("en"));

        assertThat(english).startsWith("The database was damaged and was kept aside as jt-console.mv.db.damaged-20261207T020000Z")
                .contains("with the 12 edits made after it (except 1 that could not be replayed")
                .endsWith("downloaded again from the PBX.");
    }

    @Test
    void withoutABackupSaysTheJournalAloneCameBack() {
        RecoveryReport report = new RecoveryReport(AT, "jt-console.mv.db.damaged-20261207T020000Z", Optional.empty(),
                3, 0, false, "MVStoreException");

        assertThat(RecoveryNotice.sentence(report, Messages.portuguese()))
                .contains("sem cópia de segurança legível, voltaram as 3 alterações do diário de edições, e o histórico");
    }

    @Test
    void noEditsSinceTheBackupIsSaidInWordsNotAsZero() {
        RecoveryReport report = new RecoveryReport(AT, "jt-console.mv.db.damaged-20261207T020000Z",
                Optional.of(AT.minusSeconds(3600)), 0, 0, false, "MVStoreException");

        assertThat(RecoveryNotice.sentence(report, Messages.portuguese()))
                .contains("sem alterações feitas depois dela, e o histórico").doesNotContain(" 0 ");
        RecoveryReport one = new RecoveryReport(AT, report.setAside(), report.backupTakenAt(), 1, 0, false, "MVStoreException");
        assertThat(RecoveryNotice.sentence(one, Messages.forLanguage("en")))
                .contains("with the edit made after it, and");
    }
}
