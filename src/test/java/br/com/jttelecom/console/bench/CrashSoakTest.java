package br.com.jttelecom.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak of {@code bench/run crash}, short: 20 SIGKILLs of the real headless console (the first start
 * on a new folder, the bulk first sync and its index rebuild, then starts, incremental syncs, notes and lead
 * imports), seeded. After every kill the database opens without a restore, no PBX call is stored twice, every
 * note the service confirmed is there and no lead file is stored in part; every start checked completes a sync
 * within 60 s; at the end the store holds exactly the PBX's calls.
 *
 * <p>Nothing here depends on where a kill lands: each waits on the child's own lines (bounded), and only what
 * the children confirmed is asserted.
 */
class CrashSoakTest {

    /** Just over the bulk load's 20,000: the first sync sets an index aside and rebuilds it at its end. */
    private static final int RECORDS = 20_500;

    @TempDir
    Path work;

    @Test
    void twentyKillsLeaveADatabaseThatOpensWithEveryConfirmedNoteNoDuplicateAndTheSyncGoing() throws Exception {
        // The children log with the suite, so the whole suite's secret scan reads what they logged too.
        Path logs = Path.of(System.getProperty("jtconsole.testlogdir", "target/test-logs")).resolve("crash-soak");
        CrashReport report = new CrashSoak(new CrashSoak.Settings(20, RECORDS, 20, 3, 8, 300, 20261207L), work, logs)
                .run();
        report.print(System.out);

        assertThat(report.kills()).as("kills").isEqualTo(20);
        assertThat(report.brokenOpens()).as("broken opens: %s", report.events()).isZero();
        assertThat(report.wedged()).as("wedged starts: %s", report.events()).isZero();
        assertThat(report.notesLost()).as("confirmed notes lost: %s", report.events()).isZero();
        assertThat(report.duplicates()).as("duplicated calls: %s", report.events()).isZero();
        assertThat(report.importsBroken()).as("lead files stored in part: %s", report.events()).isZero();
        assertThat(report.inexactChecks()).as("checks where the store was not the PBX's: %s", report.events()).isZero();
        assertThat(report.finalMissing).as("PBX calls missing at the end").isZero();
        assertThat(report.finalExtra).as("stored calls the PBX does not have").isZero();
        // The seed puts notes kills in the run, and each waits for at least one confirmed note before it kills.
        assertThat(report.confirmedNotes).as("notes the service confirmed").isPositive();
    }
}
