package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The monitor over the real client and the real simulator, with the simulator's faults. */
class ConnectionMonitorTest {

    private PbxSimulator sim;
    private PabxClient client;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() {
        sim = PbxSimulator.builder().user("loja").token("tok-123").seed(1L).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "loja", "tok-123").withRetry(1, Duration.ofMillis(1)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        client.close();
        sim.close();
    }

    private ConnectionMonitor monitor(boolean demo) {
        return new ConnectionMonitor(new PabxConnectionProbe(client), demo, Clock.systemUTC(), Executors.newVirtualThreadPerTaskExecutor());
    }

    @Test
    void startsCheckingAndReportsOnlineWithLatency() throws Exception {
        ConnectionMonitor monitor = monitor(false);
        assertThat(monitor.status().state()).isEqualTo(ConnectionState.CHECKING);
        ConnectionStatus status = monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(status.state()).isEqualTo(ConnectionState.ONLINE);
        assertThat(status.lastLatency()).isPresent();
        assertThat(status.lastCheck()).isPresent();
        assertThat(status.problem()).isEmpty();
    }

    @Test
    void demoModeSaysDemoInsteadOfOnline() throws Exception {
        assertThat(monitor(true).checkNow().get(10, TimeUnit.SECONDS).state()).isEqualTo(ConnectionState.DEMO);
    }

    @Test
    void aPbxThatGoesDownIsReportedWithASentenceAndRecovers() throws Exception {
        ConnectionMonitor monitor = monitor(false);
        List<ConnectionState> seen = new CopyOnWriteArrayList<>();
        monitor.addListener(s -> seen.add(s.state()));

        sim.faults().httpError(502);
        ConnectionStatus down = monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(down.state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(down.problem()).hasValueSatisfying(p -> assertThat(p.in(br.com.jttelecom.console.i18n.Messages.portuguese()))
                .isNotBlank().doesNotContain("Exception"));

        sim.faults().clear();
        assertThat(monitor.checkNow().get(10, TimeUnit.SECONDS).state()).isEqualTo(ConnectionState.ONLINE);
        assertThat(seen).containsExactly(ConnectionState.OFFLINE, ConnectionState.ONLINE);
    }

    @Test
    void aCheckAskedWhileAnotherRunsAnswersWithAProbeSentAfterTheAsk() throws Exception {
        ConnectionMonitor monitor = monitor(false);
        // The first probe reaches a PBX that is down and answers slowly.
        sim.faults().latency(Duration.ofMillis(700)).httpError(503);
        CompletableFuture<ConnectionStatus> before = monitor.checkNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.requestCount("listar_ramais") == 1);

        // The PBX is back; someone presses "Testar conexão" while that probe still waits.
        sim.faults().clear();
        CompletableFuture<ConnectionStatus> asked = monitor.checkNow();
        CompletableFuture<ConnectionStatus> alsoAsked = monitor.checkNow();

        assertThat(before.get(10, TimeUnit.SECONDS).state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(asked.get(10, TimeUnit.SECONDS).state()).isEqualTo(ConnectionState.ONLINE);
        assertThat(alsoAsked).as("asked meanwhile: the same queued check").isSameAs(asked);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(2);
        assertThat(monitor.status().state()).isEqualTo(ConnectionState.ONLINE);
    }

    @Test
    void wrongCredentialsAreOfflineWithTheReason() throws Exception {
        try (PabxClient wrong = new PabxClient(PabxSettings.of(sim.baseUrl(), "loja", "wrong"))) {
            ConnectionMonitor monitor = new ConnectionMonitor(new PabxConnectionProbe(wrong), false, Clock.systemUTC(), Runnable::run);
            ConnectionStatus status = monitor.checkNow().get(10, TimeUnit.SECONDS);
            assertThat(status.state()).isEqualTo(ConnectionState.OFFLINE);
            assertThat(status.problem()).isPresent();
        }
    }

    @Test
    void theScheduleChecksRepeatedlyUntilClosed() {
        ConnectionMonitor monitor = monitor(false);
        monitor.start(scheduler, Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.requestCount("listar_ramais") >= 3);
        monitor.close();
        long after = sim.requestCount("listar_ramais");
        // A check already in flight may still land; then nothing more.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> sim.requestCount("listar_ramais") <= after + 1);
    }

    @Test
    void anOpeningCircuitMarksThePbxDownWithoutWaitingForTheNextCheck() throws Exception {
        ConnectionMonitor monitor = monitor(false);
        assertThat(monitor.checkNow().get(10, TimeUnit.SECONDS).state()).isEqualTo(ConnectionState.ONLINE);
        monitor.followCircuit(client);

        sim.faults().httpError(503);
        for (int i = 0; i < 10 && client.circuitState() != br.com.jttelecom.console.pabx.CircuitState.OPEN; i++) {
            try {
                client.listExtensions();
            } catch (br.com.jttelecom.console.pabx.PabxException expected) {
                // each failure counts towards opening the circuit
            }
        }

        assertThat(client.circuitState()).isEqualTo(br.com.jttelecom.console.pabx.CircuitState.OPEN);
        await().atMost(10, TimeUnit.SECONDS).until(() -> monitor.status().state() == ConnectionState.OFFLINE);
    }
}
