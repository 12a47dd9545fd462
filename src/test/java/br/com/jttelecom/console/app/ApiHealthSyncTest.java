package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.HistoryBehaviour;
import br.com.jttelecom.console.sim.PbxSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check tells a failing history sync from a healthy one, with the reason and the last complete sync. */
class ApiHealthSyncTest {

    @TempDir
    Path dataDir;

    private ApiFixture api;

    @BeforeEach
    void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aFailingSyncMakesTheHealthDegradedWithItsReason() throws Exception {
        HistorySync sync = api.runtime.historySync().orElseThrow();
        PbxSimulator sim = api.runtime.simulator().orElseThrow();
        sync.syncNow().get(60, TimeUnit.SECONDS);

        JsonNode healthy = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();
        assertThat(healthy.get("status").asText()).isEqualTo("ok");
        assertThat(healthy.path("sync").path("status").asText()).isEqualTo("ok");
        assertThat(healthy.path("sync").path("last_complete_sync").isTextual()).isTrue();
        assertThat(healthy.path("sync").path("last_complete_age_s").asLong()).isGreaterThanOrEqualTo(0);

        sim.faults().add(Fault.httpError(503).onlyFor("listar_historico_chamada"));
        try {
            sync.syncNow().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the PBX answered 503 to every history request
        }
        JsonNode failing = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();

        assertThat(failing.get("status").asText()).isEqualTo("degraded");
        assertThat(failing.path("sync").path("status").asText()).isEqualTo("degraded");
        assertThat(failing.path("sync").path("reason").asText()).contains("failed");
        assertThat(failing.path("sync").path("last_complete_sync").asText())
                .isEqualTo(healthy.path("sync").path("last_complete_sync").asText());
    }

    /**
     * A run that ends without failing but could not make the history exact (the server's totals count a
     * record it never lists) is {@code degraded} too, with what was wrong, while its last complete sync stays.
     */
    @Test
    void aRunThatEndsButIsNotExactMakesTheHealthDegraded() throws Exception {
        HistorySync sync = api.runtime.historySync().orElseThrow();
        PbxSimulator sim = api.runtime.simulator().orElseThrow();
        sync.syncNow().get(60, TimeUnit.SECONDS);

        sim.behaviours().set(HistoryBehaviour.TOTAL_COUNTS_UNLISTED, true);
        var run = sync.reconcileNow().get(60, TimeUnit.SECONDS); // compares the last days with the PBX's totals
        JsonNode health = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();

        assertThat(run.issues().degraded()).isTrue();
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.path("sync").path("status").asText()).isEqualTo("degraded");
        assertThat(health.path("sync").path("reason").asText()).contains("differ from the PBX");
        assertThat(health.path("sync").path("last_complete_sync").isTextual()).isTrue();

        sim.behaviours().set(HistoryBehaviour.TOTAL_COUNTS_UNLISTED, false);
        sync.reconcileNow().get(60, TimeUnit.SECONDS);
        JsonNode again = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();
        assertThat(again.path("sync").path("status").asText()).isEqualTo("ok");
    }
}
