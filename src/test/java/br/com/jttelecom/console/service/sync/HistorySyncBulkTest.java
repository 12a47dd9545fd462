package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bulk path of the history sync (a run bringing at least as many calls as are stored): the
 * phone index is set aside while the pages are stored and built at the end. Everything else holds
 * as on the row-by-row path: exactly the PBX's records, a cursor committed with the rows, kills at
 * any moment resumed with no gap and no duplicate, and the history readable meanwhile.
 */
class HistorySyncBulkTest extends SyncTestSupport {

    private static final int RECORDS = 3_000;
    private static final int PAGE = 100;
    private static final int KILLS = 10;

    private HistorySync bulkSync() {
        return new HistorySync(client, database, SyncSettings.defaults().withFirstWindow(Duration.ofDays(90))
                .withPageSize(PAGE).withBulkLoadMin(500).withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(4)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void useBulkSync() {
        sync.close();
        sync = bulkSync();
    }

    private static SyncResult await(CompletableFuture<SyncResult> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private List<String> indexNames() {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT index_name FROM information_schema.indexes WHERE table_name = 'CALLS' ORDER BY 1")
                .mapTo(String.class).list());
    }

    /** Records, at every page, whether the phone index was there. */
    private final class IndexWatch implements HistorySyncListener {
        final List<Boolean> phoneIndexAtEachPage = new CopyOnWriteArrayList<>();

        @Override
        public void progress(SyncProgress p) {
            phoneIndexAtEachPage.add(indexNames().contains("IX_CALLS_PHONE"));
        }
    }

    @Test
    void aFirstSyncLoadsInBulkAndEndsWithExactlyThePbxRecordsAndEveryIndex() throws Exception {
        List<String> freshIndexes = indexNames();
        seed(RECORDS);
        useBulkSync();
        IndexWatch watch = new IndexWatch();
        sync.addListener(watch);

        SyncResult r = await(sync.syncNow());

        assertThat(r.complete()).isTrue();
        assertThat(r.inserted()).isEqualTo(RECORDS);
        assertThat(watch.phoneIndexAtEachPage).hasSizeGreaterThanOrEqualTo(RECORDS / PAGE).containsOnly(false);
        assertThat(indexNames()).isEqualTo(freshIndexes);
        assertThat(new DeferredIndexes(database.jdbi()).pending()).isFalse();
        assertThat(storedIds()).isEqualTo(pbxIds());
        assertThat(duplicateIds()).isZero();
    }

    @Test
    void theHistoryReadsNormallyWhileABulkLoadRuns() throws Exception {
        seed(RECORDS);
        useBulkSync();
        CallRepository calls = new CallRepository(database.jdbi());
        List<String> failures = new CopyOnWriteArrayList<>();
        List<Long> seenCounts = new CopyOnWriteArrayList<>();
        sync.addListener(new HistorySyncListener() {
            @Override
            public void progress(SyncProgress p) {
                // The sync thread itself reads here: what a history tab would see between two pages.
                long stored = calls.count(CallFilter.all());
                CallPage first = calls.page(CallFilter.all(), null, 50);
                String phone = first.calls().get(0).phoneNumber();
                CallPage byPhone = calls.page(CallFilter.all().withPhone(phone), null, 50);
                if (stored != p.done() || first.calls().size() != 50 || byPhone.calls().isEmpty()) {
                    failures.add("at " + p.done() + ": count " + stored + ", page " + first.calls().size()
                            + ", by phone " + byPhone.calls().size());
                }
                seenCounts.add(stored);
            }
        });

        await(sync.syncNow());

        assertThat(failures).isEmpty();
        assertThat(seenCounts).hasSizeGreaterThanOrEqualTo(RECORDS / PAGE).isSorted().endsWith((long) RECORDS);
    }

    @Test
    void killedAtRandomPointsTheBulkLoadResumesWithNoGapNoDuplicateAndItsIndexes() throws Exception {
        List<String> freshIndexes = indexNames();
        seed(RECORDS);
        useBulkSync();
        Random random = new Random(20261129L);
        int killed = 0;
        // Kills land within the first three pages of each run: ten runs stay short of the ~31 pages.
        for (int i = 0; i < KILLS; i++) {
            // Reopening the database builds what the dead load had set aside.
            if (killedRun(new Killer(1 + random.nextInt(3), random.nextBoolean()), this::bulkSync)) {
                killed++;
            }
            // A thrown kill ends the run, which builds the index; a closed database builds it on opening.
            assertThat(indexNames()).as("after kill %d", i).isEqualTo(freshIndexes);
            assertThat(new DeferredIndexes(database.jdbi()).pending()).as("after kill %d", i).isFalse();
            assertThat(duplicateIds()).as("after kill %d", i).isZero();
        }

        assertThat(await(sync.syncNow()).complete()).isTrue();
        assertThat(killed).isEqualTo(KILLS);
        assertThat(storedCount()).isEqualTo(RECORDS);
        assertThat(storedIds()).isEqualTo(pbxIds());
        assertThat(duplicateIds()).isZero();
    }

    @Test
    void aBulkFirstSyncThenRowByRowSyncsOfNewCalls() throws Exception {
        seed(RECORDS);
        useBulkSync();
        await(sync.syncNow());
        sim.seedHistory(250, NOW.minus(Duration.ofMinutes(12)), NOW.minus(Duration.ofMinutes(1)), 23L);
        IndexWatch watch = new IndexWatch();
        sync.addListener(watch);

        SyncResult next = await(sync.syncNow());

        assertThat(next.inserted()).isEqualTo(250);
        // Fewer calls than are stored: row by row, the phone index never left.
        assertThat(watch.phoneIndexAtEachPage).isNotEmpty().containsOnly(true);
        assertThat(storedCount()).isEqualTo(RECORDS + 250);
        assertThat(storedIds()).isEqualTo(pbxIds());
    }

    @Test
    void anOverlappingBulkReSyncOfTheWholeWindowChangesNothing() throws Exception {
        List<String> freshIndexes = indexNames();
        seed(RECORDS);
        useBulkSync();
        await(sync.syncNow());
        // Forget where the sync stood: the next run fetches the whole 90 days again, as many calls as are stored.
        database.jdbi().useHandle(h -> h.execute("DELETE FROM sync_state"));
        sync.close();
        sync = bulkSync();
        IndexWatch watch = new IndexWatch();
        sync.addListener(watch);

        SyncResult again = await(sync.syncNow());

        assertThat(watch.phoneIndexAtEachPage).isNotEmpty().containsOnly(false);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(storedCount()).isEqualTo(RECORDS);
        assertThat(duplicateIds()).isZero();
        assertThat(indexNames()).isEqualTo(freshIndexes);
    }
}
