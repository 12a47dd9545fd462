package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A sync of a few thousand records killed at random points, 50 times in a row (seeded, so every run is the same):
 * either a listener throws at a random page, or the database is closed under the running sync and opened again.
 * After one last full sync the store holds exactly the PBX's records: same count, no duplicate, no gap.
 */
class SyncKillTest extends SyncTestSupport {

    private static final int RECORDS = 4_000;
    private static final int PAGE = 25;
    /** Kills land within the first pages of each run, so the 50 runs together just about cover the whole sync. */
    private static final int MAX_KILL_PAGE = 6;
    private static final int KILLS = 50;

    private HistorySync smallPageSync() {
        return new HistorySync(client, database, SyncSettings.defaults().withFirstWindow(Duration.ofDays(90))
                .withPageSize(PAGE).withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(4)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void fiftyRandomKillsEndWithExactlyThePbxRecordsNoDuplicateNoGap() throws Exception {
        seed(RECORDS);
        sync.close();
        sync = smallPageSync();
        Random random = new Random(20261129L);
        int killed = 0;

        for (int i = 0; i < KILLS; i++) {
            boolean closeDatabase = random.nextInt(4) == 0;
            if (killedRun(new Killer(1 + random.nextInt(MAX_KILL_PAGE), closeDatabase), this::smallPageSync)) {
                killed++;
            }
            assertThat(duplicateIds()).as("after kill %d", i).isZero();
        }

        assertThat(sync.syncNow().get(60, TimeUnit.SECONDS).complete()).as("the final full sync").isTrue();
        assertThat(killed).as("runs actually killed").isGreaterThan(KILLS * 9 / 10);
        assertThat(storedCount()).isEqualTo(RECORDS);
        assertThat(duplicateIds()).isZero();
        assertThat(storedIds()).isEqualTo(pbxIds());
    }
}
