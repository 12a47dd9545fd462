package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.SyncSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The status-bar text of the history sync, over the real sync, simulator and H2 file. */
class SyncStatusViewModelTest {

    @TempDir
    Path dir;

    private PbxSimulator sim;
    private PabxClient client;
    private Database db;
    private HistorySync sync;
    private SyncStatusViewModel vm;

    @BeforeEach
    void start() {
        sim = PbxSimulator.builder().user("u").token("t").seed(9L).build();
        sim.start(0);
        Instant now = Instant.now();
        sim.seedHistory(300, now.minus(Duration.ofDays(20)), now.minus(Duration.ofHours(1)));
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "u", "t").withRetry(1, Duration.ofMillis(1))
                .withRequestsPerSecond(1000).withCircuitOpenWait(Duration.ofMillis(1)));
        db = Database.openFolder(dir);
        sync = new HistorySync(client, db, SyncSettings.defaults(), Clock.systemUTC());
        vm = new SyncStatusViewModel(Messages.portuguese(), new InlineTaskRunner(), sync, ZoneId.of("America/Sao_Paulo"));
    }

    @AfterEach
    void stop() {
        vm.dispose();
        sync.close();
        db.close();
        client.close();
        sim.close();
    }

    @Test
    void saysWhenTheHistoryWasLastSynced() throws Exception {
        assertThat(vm.textProperty().get()).isEqualTo("Histórico ainda não sincronizado");
        sync.syncNow().get(60, TimeUnit.SECONDS);
        assertThat(vm.textProperty().get()).matches("Histórico sincronizado em \\d{2}/\\d{2} \\d{2}:\\d{2}");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    /** "Conferir com o PABX" (the sync label's menu) reads again the days the store lost; a plain sync does not. */
    @Test
    void checkingAgainstThePbxBringsBackTheCallsOfTheLastDaysThatThePlainSyncMisses() throws Exception {
        sync.syncNow().get(60, TimeUnit.SECONDS);
        long all = count();
        int lost = db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM calls WHERE start_time BETWEEN :a AND :b")
                .bind("a", Instant.now().minus(Duration.ofDays(5))).bind("b", Instant.now().minus(Duration.ofDays(2)))
                .execute());
        assertThat(lost).isPositive();
        sync.syncNow().get(60, TimeUnit.SECONDS);
        assertThat(count()).as("an incremental sync re-reads only its trailing hours").isEqualTo(all - lost);

        vm.reconcileNow();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count() == all);
    }

    private long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls").mapTo(Long.class).one());
    }

    @Test
    void aFailedSyncSaysWhenItTriesAgainAndWhy() {
        sim.faults().httpError(503);
        Throwable failure = catchThrowable(() -> sync.syncNow().join());
        assertThat(failure).isInstanceOf(CompletionException.class);
        assertThat(vm.textProperty().get()).startsWith("Sincronização adiada: nova tentativa em ").endsWith("(última: nunca)");
        assertThat(vm.problemProperty().get()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aStalledSyncSaysSoAndThatItStartsAgainByItself() {
        vm.dispose();
        sync.close();
        sync = new HistorySync(client, db, SyncSettings.defaults().withStallTimeout(Duration.ofMillis(300)),
                Clock.systemUTC());
        vm = new SyncStatusViewModel(Messages.portuguese(), new InlineTaskRunner(), sync, ZoneId.of("America/Sao_Paulo"));
        sim.faults().latency(Duration.ofSeconds(2));

        Throwable failure = catchThrowable(() -> sync.syncNow().join());

        assertThat(failure).isInstanceOf(CompletionException.class);
        assertThat(vm.textProperty().get()).startsWith("Sincronização adiada: nova tentativa em ");
        assertThat(vm.problemProperty().get())
                .isEqualTo("A sincronização do histórico parou de avançar e foi interrompida; ela recomeça sozinha"
                        + " em instantes. O histórico exibido vai até a última sincronização completa (nunca).");
    }
}
