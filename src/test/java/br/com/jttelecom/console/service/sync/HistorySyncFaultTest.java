package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.sim.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Faults of the real simulator in the middle of a sync: the store stays consistent and the next sync completes it. */
class HistorySyncFaultTest extends SyncTestSupport {

    private static final String HISTORY = "listar_historico_chamada";

    private static SyncResult await(CompletableFuture<SyncResult> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private Supplier<Fault> fault(String kind) {
        return switch (kind) {
            case "500" -> () -> Fault.httpError(500);
            case "html502" -> () -> Fault.httpError(502);
            case "truncated" -> Fault::truncatedJson;
            case "reset" -> Fault::connectionReset;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} after the first page")
    @ValueSource(strings = {"500", "html502", "truncated", "reset"})
    void aFaultMidwayLeavesWholePagesAndTheNextSyncCompletes(String kind) throws Exception {
        seed(20_000); // more pages than the fetchers may read ahead (3 in flight, 6 waiting), so the fault lands mid-sync
        Supplier<Fault> f = fault(kind);
        HistorySyncListener breakAfterFirstPage = new HistorySyncListener() {
            private boolean done;

            @Override
            public void progress(SyncProgress p) {
                if (!done) {
                    done = true;
                    sim.faults().add(f.get().onlyFor(HISTORY).times(20));
                }
            }
        };
        sync.addListener(breakAfterFirstPage);

        assertThatThrownBy(() -> await(sync.syncNow())).isInstanceOf(ExecutionException.class);
        long stored = storedCount();
        assertThat(stored).isPositive().isLessThan(20_000);
        assertThat(sync.lastSuccessfulSync()).isEmpty();
        assertThat(sync.status().phase()).isEqualTo(SyncStatus.Phase.BACKING_OFF);

        sync.removeListener(breakAfterFirstPage);
        sim.faults().clear();
        SyncResult rest = await(sync.syncNow());

        assertThat(rest.complete()).isTrue();
        assertThat(storedIds()).hasSize(20_000).isEqualTo(pbxIds());
        assertThat(sync.lastSuccessfulSync()).contains(NOW);
    }

    @Test
    void pbxDownBacksOffDoublingUpToTheCapAndKeepsTheLastSuccess() throws Exception {
        seed(300);
        await(sync.syncNow());
        assertThat(sync.lastSuccessfulSync()).contains(NOW);
        List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
        sync.addListener(new HistorySyncListener() {
            @Override
            public void status(SyncStatus s) {
                statuses.add(s);
            }
        });
        sim.faults().add(Fault.connectionReset().onlyFor(HISTORY));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> await(sync.syncNow())).isInstanceOf(ExecutionException.class);
        }

        assertThat(statuses).filteredOn(s -> s.phase() == SyncStatus.Phase.BACKING_OFF)
                .extracting(SyncStatus::nextAttemptIn)
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                        Duration.ofMinutes(4), Duration.ofMinutes(4));
        assertThat(sync.lastSuccessfulSync()).contains(NOW);
        assertThat(storedCount()).as("the store keeps serving").isEqualTo(300);

        sim.faults().clear();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> await(sync.syncNow()).complete());
        assertThat(sync.status().phase()).isEqualTo(SyncStatus.Phase.IDLE);
        assertThat(sync.status().failures()).isZero();
    }
}
