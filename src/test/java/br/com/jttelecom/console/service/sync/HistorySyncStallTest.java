package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import br.com.jttelecom.console.sim.Fault;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run that stores nothing for the stall timeout (here every history request takes 2 s, the timeout is
 * 0.5 s) is stopped by the watchdog, reported as stalled, and tried again after the back-off; once the
 * PBX answers again the next run completes from where the stopped one left off.
 */
class HistorySyncStallTest extends SyncTestSupport {

    private static final int RECORDS = 600;

    @Override
    HistorySync newSync() {
        return new HistorySync(client, database, SyncSettings.defaults().withFirstWindow(Duration.ofDays(90))
                .withPageSize(50).withInFlight(1).withStallTimeout(Duration.ofMillis(500))
                .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(4)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRunThatStoresNothingForTheStallTimeoutIsStoppedReportedAndTriedAgain() throws Exception {
        seed(RECORDS);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        sync.addListener(new HistorySyncListener() {
            @Override
            public void status(SyncStatus s) {
                seen.add(s);
            }
        });
        sim.faults().add(Fault.latency(Duration.ofSeconds(2)).onlyFor("listar_historico_chamada"));

        Throwable failure = catchThrowable(() -> sync.syncNow().get(90, TimeUnit.SECONDS));

        assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RunStop.SyncStopped.class);
        assertThat(seen).extracting(SyncStatus::phase).contains(SyncStatus.Phase.STALLED);
        SyncStatus after = sync.status();
        assertThat(after.phase()).isEqualTo(SyncStatus.Phase.BACKING_OFF);
        assertThat(after.stalled()).isTrue();
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.nextAttemptIn()).isEqualTo(Duration.ofSeconds(30));
        assertThat(after.error()).isEqualTo(SyncStatus.STALLED_SENTENCE);

        sim.faults().clear();
        SyncResult again = sync.syncNow().get(90, TimeUnit.SECONDS);

        assertThat(again.complete()).isTrue();
        assertThat(storedIds()).isEqualTo(pbxIds());
        assertThat(sync.status().stalled()).isFalse();
        assertThat(sync.status().phase()).isEqualTo(SyncStatus.Phase.IDLE);
    }
}
