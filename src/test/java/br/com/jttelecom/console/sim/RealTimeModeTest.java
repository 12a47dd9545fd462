package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RealTimeModeTest {

    @Test
    void onTheSystemClockASchedulerMovesCallsWithoutAnyRequest() {
        Duration second = Duration.ofSeconds(1);
        CallTiming quick = new CallTiming(second, second, second, second, second, second);
        try (PbxSimulator sim = PbxSimulator.builder().clock(SimClock.system()).callTiming(quick)
                .indexingDelay(second).build().start(0)) {
            SimClient.Reply r = new SimClient(sim).post("discar_numero",
                    "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}");
            assertThat(r.code()).isEqualTo(200);

            await().atMost(15, TimeUnit.SECONDS).until(() -> sim.historySize() == 1);
            assertThat(sim.liveCallCount()).isZero();
        }
    }
}
