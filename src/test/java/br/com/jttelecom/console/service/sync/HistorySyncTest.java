package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.store.Database;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HistorySyncTest extends SyncTestSupport {

    private static SyncResult await(java.util.concurrent.CompletableFuture<SyncResult> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void firstSyncStoresExactlyThePbxRecords() throws Exception {
        seed(2_500);

        SyncResult r = await(sync.syncNow());

        assertThat(r.complete()).isTrue();
        assertThat(r.inserted()).isEqualTo(2_500);
        assertThat(storedCount()).isEqualTo(2_500);
        assertThat(storedIds()).isEqualTo(pbxIds());
    }

    @Test
    void runningTheSyncAgainChangesNothing() throws Exception {
        seed(1_200);
        await(sync.syncNow());

        SyncResult again = await(sync.syncNow());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(storedCount()).isEqualTo(1_200);
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        seed(2_300);
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();
        sync.addListener(new HistorySyncListener() {
            @Override
            public void progress(SyncProgress p) {
                seen.add(p);
            }
        });

        await(sync.syncNow());

        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.get(0).total()).isEqualTo(2_300);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new SyncProgress(2_300, 2_300));
        assertThat(seen).extracting(SyncProgress::done).isSorted();
    }

    @Test
    void aSyncAbortedMidwayResumesWithoutGapOrDuplicate() throws Exception {
        seed(3_500);
        java.util.concurrent.atomic.AtomicLong committed = new java.util.concurrent.atomic.AtomicLong();
        HistorySyncListener abortAfterTwoPages = new HistorySyncListener() {
            private int pages;

            @Override
            public void progress(SyncProgress p) {
                committed.set(p.done());
                if (++pages == 2) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        sync.addListener(abortAfterTwoPages);
        assertThatThrownBy(() -> await(sync.syncNow())).isInstanceOf(ExecutionException.class);
        assertThat(storedCount()).isEqualTo(committed.get()).isGreaterThan(1_000);
        assertThat(sync.lastSuccessfulSync()).isEmpty();

        sync.removeListener(abortAfterTwoPages);
        long requestsBefore = sim.requestCount("listar_historico_chamada");
        SyncResult rest = await(sync.syncNow());

        assertThat(rest.inserted()).isEqualTo(3_500 - committed.get());
        assertThat(rest.fetched()).as("resumes after the committed pages").isEqualTo(3_500 - committed.get());
        assertThat(sim.requestCount("listar_historico_chamada") - requestsBefore).as("2 total probes + the remaining pages").isLessThanOrEqualTo(6);
        assertThat(storedIds()).isEqualTo(pbxIds());
        assertThat(sync.lastSuccessfulSync()).contains(NOW);
    }

    @Test
    void aDatabaseClosedMidwayIsCompletedAfterReopening() throws Exception {
        seed(3_000);
        sync.addListener(new HistorySyncListener() {
            @Override
            public void progress(SyncProgress p) {
                if (p.done() >= 1_000 && storedCount() < 3_000) {
                    database.close();
                }
            }
        });
        assertThatThrownBy(() -> await(sync.syncNow())).isInstanceOf(ExecutionException.class);
        sync.close();

        database = Database.openFolder(dataFolder);
        sync = newSync();
        assertThat(storedCount()).isBetween(1_000L, 2_999L);
        SyncResult rest = await(sync.syncNow());

        assertThat(rest.complete()).isTrue();
        assertThat(storedCount()).isEqualTo(3_000);
        assertThat(storedIds()).isEqualTo(pbxIds());
    }

    @Test
    void callsIndexedDuringASyncAreFetchedByTheNextOne() throws Exception {
        seed(2_500);
        sync.addListener(new HistorySyncListener() {
            private boolean added;

            @Override
            public void progress(SyncProgress p) {
                if (!added) {
                    added = true;
                    // The PBX indexes recent calls late: they appear at the end of the list mid-sync.
                    sim.seedHistory(40, NOW.minus(Duration.ofMinutes(10)), NOW.minus(Duration.ofMinutes(2)), 99L);
                }
            }
        });
        await(sync.syncNow());
        await(sync.syncNow());

        assertThat(storedCount()).isEqualTo(2_540);
        assertThat(storedIds()).isEqualTo(pbxIds());
    }

    @Test
    void backgroundSyncStartsAtOnce() {
        seed(500);
        sync.start();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sync.lastSuccessfulSync().isPresent());
        assertThat(storedCount()).isEqualTo(500);
        assertThat(sync.status().phase()).isEqualTo(SyncStatus.Phase.IDLE);
    }
}
