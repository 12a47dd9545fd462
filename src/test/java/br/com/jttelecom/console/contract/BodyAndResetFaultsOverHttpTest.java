package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.FakeTime;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxProtocolError;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.PabxUnavailable;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faults that lose or bloat an answer, as the real client sees them: a reset after the PBX acted, a body
 * that drips forever, a history page of half a gigabyte.
 */
class BodyAndResetFaultsOverHttpTest {

    private static final String HISTORY = "listar_historico_chamada";
    private static final HistoryQuery ONE_DAY = HistoryQuery.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));

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
    void aHalfGigabyteHistoryPageIsATypedErrorInPortugueseAndIsNotRetried() {
        sim.faults().add(Fault.hugeBody().onlyFor(HISTORY));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.history(ONE_DAY).toList()).isInstanceOfSatisfying(PabxProtocolError.class, e -> {
            assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.TOO_LARGE);
            assertThat(e.getMessage()).contains("grande demais", "32 MB");
        });

        assertThat(sim.requestCount(HISTORY)).as("a bloated answer does not get better on a second try").isEqualTo(1);
        // Reading stopped at the 32 MB cap: the 512 MB offered (twice that as bytes() copies them) never arrived.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        sim.faults().clear();
        assertThat(client.listExtensions()).as("the client is still usable").hasSize(4);
    }

    @Test
    void aHugeAnswerToADialIsRefusedAndTheDialIsSentOnce() {
        sim.faults().add(Fault.hugeBody(2 * PabxSettings.DEFAULT_MAX_RESPONSE_BYTES).onlyFor("discar_numero"));

        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of())).isInstanceOfSatisfying(
                PabxProtocolError.class, e -> assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.TOO_LARGE));
        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aBodyThatDripsForeverEndsAtTheCallTimeoutThoughNoReadTimesOut() {
        client(ContractSupport.settings(sim, AuthMode.HEADERS).withRetry(1, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500))
                .withCallTimeout(Duration.ofSeconds(1)));
        sim.faults().slowDrip(Duration.ofMillis(50));
        long start = System.nanoTime();

        assertThatThrownBy(client::listExtensions).isInstanceOfSatisfying(PabxUnavailable.class,
                e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.TIMEOUT));

        // At the 1 s call timeout, give or take a busy machine; without it the drip would never end.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    @Test
    void aReadResetAfterThePbxActedIsRetriedAndSucceeds() {
        sim.faults().add(Fault.resetAfterRequest().onlyFor("listar_ramais").times(1));

        assertThat(client.listExtensions()).hasSize(4);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(2);
    }

    @Test
    void aDialResetAfterThePbxActedIsSentOnceAndSaysTheAnswerWasLost() {
        sim.faults().add(Fault.resetAfterRequest().onlyFor("discar_numero"));

        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of()))
                .isInstanceOfSatisfying(PabxUnavailable.class, e -> {
                    assertThat(e.answerLost()).isTrue();
                    assertThat(e.neverSent()).isFalse();
                });

        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
        assertThat(client.onlineCalls()).as("the PBX placed the call all the same").hasSize(1);
    }

    @Test
    void aDialToAPbxThatIsNotListeningWasNeverSent() {
        PabxClient closed = client(PabxSettings.of("http://127.0.0.1:1/suite/api", "u", "t").withRetry(1, Duration.ZERO));

        assertThatThrownBy(() -> closed.dial("201", "011987654321", Map.of()))
                .isInstanceOfSatisfying(PabxUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.REFUSED);
                    assertThat(e.neverSent()).isTrue();
                    assertThat(e.answerLost()).isFalse();
                });
    }
}
