package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account bigger than the PBX's default page of 20, the legacy URL derivation and the inbound queue. */
class BusyAccountOverHttpTest {

    private final ManualClock clock = SimClock.manual(Instant.parse("2026-08-21T16:00:00Z"));
    private PbxSimulator sim;
    private PabxClient client;

    @BeforeEach
    void start() {
        sim = ContractSupport.simBuilder().clock(clock).build().start(0);
        client = ContractSupport.client(sim, AuthMode.HEADERS);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void moreThanTwentyLiveCallsAreAllListed() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(client.dial("201", "0119876543" + String.format("%02d", 11 + i), Map.of()).chamadaId());
        }
        List<OnlineCallRecord> online = client.onlineCalls();
        assertThat(online).extracting(OnlineCallRecord::chamadaId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(new HashSet<>(ids)).hasSize(25);
    }

    @Test
    void moreThanTwentyExtensionsAreAllListedAndTheirModelHoldsNoSecret() {
        for (int i = 0; i < 30; i++) {
            sim.addExtension(Integer.toString(300 + i), "Ramal " + (300 + i));
        }
        List<ExtensionRecord> all = client.listExtensions();
        assertThat(all).hasSize(34);
        for (ExtensionRecord r : all) {
            Extension e = DirectoryMapper.toExtension(r);
            assertThat(e.toString()).doesNotContain(r.senhaSip()).doesNotContain(r.senhaWeb());
            assertThat(e.toString()).contains(r.numero());
        }
    }

    @Test
    void theLegacyModeFindsApiPhpFromTheSuiteBaseUrl() {
        PabxSettings legacy = ContractSupport.settings(sim, AuthMode.HEADERS).withAuthMode(AuthMode.LEGACY_API_PHP);
        assertThat(legacy.baseUrl()).endsWith("/suite/api");
        try (PabxClient c = new PabxClient(legacy)) {
            assertThat(c.listExtensions()).hasSize(4);
            assertThat(c.testConnection().ok()).isTrue();
        }
        assertThat(sim.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void anInboundCallWaitingInTheQueueShowsItsDidAndTheQueue() {
        sim.inboundTraffic(Duration.ofSeconds(5));
        clock.advance(Duration.ofMinutes(2));
        sim.tick();
        List<OnlineCallRecord> online = client.onlineCalls();
        assertThat(online).isNotEmpty().allSatisfy(c -> {
            assertThat(c.origem()).contains(" (DID: 4835124536)");
            assertThat(c.state()).isIn("na_fila", "chamando_ramal", "em_conversa");
        });
        assertThat(online).filteredOn(c -> "na_fila".equals(c.state()))
                .allSatisfy(c -> assertThat(c.destino()).isEqualTo("DID -> FILA"));
    }
}
