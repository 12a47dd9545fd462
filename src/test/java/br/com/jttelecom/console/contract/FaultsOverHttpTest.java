package br.com.jttelecom.console.contract;

import br.com.jttelecom.console.pabx.FakeTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.CircuitState;
import br.com.jttelecom.console.pabx.PabxAuthFailed;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxProtocolError;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.PabxUnavailable;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's faults as the client sees them: typed errors, retries, Retry-After, timeouts, the circuit. */
class FaultsOverHttpTest {

    private PbxSimulator sim;
    private PabxClient client;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() {
        sim = ContractSupport.simBuilder().build().start(0);
        client = client(ContractSupport.settings(sim, AuthMode.HEADERS));
    }

    private PabxClient client(PabxSettings settings) {
        if (client != null) {
            client.close();
        }
        client = new PabxClient(settings, time, time);
        return client;
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void aBadGatewayPageIsUnavailableAndRetried() {
        sim.faults().httpError(502);
        assertThatThrownBy(client::listExtensions).isInstanceOfSatisfying(PabxUnavailable.class, e -> {
            assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.SERVER_ERROR);
            assertThat(e.httpStatus()).isEqualTo(502);
        });
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(3);
    }

    @Test
    void aBadGatewayPassesOnceItClears() {
        sim.faults().add(Fault.httpError(503).times(2));
        assertThat(client.listExtensions()).hasSize(4);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(3);
    }

    @Test
    void truncatedJsonIsAProtocolError() {
        sim.faults().truncatedJson();
        assertThatThrownBy(client::listDids).isInstanceOfSatisfying(PabxProtocolError.class,
                e -> assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.MALFORMED_JSON));
    }

    @Test
    void aResetReadIsTriedThreeTimes() {
        sim.faults().connectionReset();
        assertThatThrownBy(client::listExtensions).isInstanceOf(PabxUnavailable.class);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(3);
    }

    @Test
    void aResetReadSucceedsWhenTheNextTryGoesThrough() {
        sim.faults().add(Fault.connectionReset().onlyFor("listar_ramais").times(1));
        assertThat(client.listExtensions()).hasSize(4);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(2);
    }

    @Test
    void aResetDialIsSentExactlyOnceAndFailsTyped() {
        sim.faults().add(Fault.connectionReset().onlyFor("discar_numero"));
        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of()))
                .isInstanceOf(PabxUnavailable.class);
        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aResetWriteIsSentExactlyOnce() {
        sim.faults().add(Fault.connectionReset().onlyFor("deletar_ramal"));
        assertThatThrownBy(() -> client.deleteExtension("1")).isInstanceOf(PabxUnavailable.class);
        assertThat(sim.requestCount("deletar_ramal")).isEqualTo(1);
    }

    @Test
    void rateLimitingHonoursRetryAfterThenSucceeds() {
        sim.faults().add(Fault.rateLimited(2).times(1));
        assertThat(client.listExtensions()).hasSize(4);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(2);
        assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void revokedCredentialsAreAnAuthFailureAfterTheGivenRequests() {
        sim.faults().authRevokedAfter(2);
        client.listExtensions();
        client.listDids();
        assertThatThrownBy(client::listCampaigns).isInstanceOfSatisfying(PabxAuthFailed.class,
                e -> assertThat(e.pbxMessage()).isEqualTo("Dados de autenticação inválidos"));
        assertThat(sim.requestCount("listar_campanhas")).as("an auth failure is not retried").isEqualTo(1);
    }

    @Test
    void aBodyThatNeverEndsTimesOutWithinTheReadTimeout() {
        client(ContractSupport.settings(sim, AuthMode.HEADERS).withRetry(1, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500)));
        sim.faults().neverEndingBody();
        long start = System.nanoTime();
        assertThatThrownBy(client::listExtensions).isInstanceOfSatisfying(PabxUnavailable.class,
                e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void latencyStillSucceeds() {
        sim.faults().latency(Duration.ofMillis(300));
        assertThat(client.listExtensions()).hasSize(4);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterRecovery() {
        client(ContractSupport.settings(sim, AuthMode.HEADERS).withRetry(1, Duration.ofMillis(1))
                .withCircuitOpenWait(Duration.ofSeconds(5)));
        sim.faults().httpError(502);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(client::listExtensions).isInstanceOf(PabxUnavailable.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
        long reached = sim.requestCount("listar_ramais");
        assertThatThrownBy(client::listExtensions).isInstanceOfSatisfying(PabxUnavailable.class,
                e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.CIRCUIT_OPEN));
        assertThat(sim.requestCount("listar_ramais")).as("an open circuit sends nothing").isEqualTo(reached);

        sim.faults().clear();
        time.sleep(Duration.ofSeconds(6));
        assertThat(client.listExtensions()).hasSize(4);
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
    }
}
