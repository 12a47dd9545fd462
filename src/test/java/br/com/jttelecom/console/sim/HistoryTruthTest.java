package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.HistoryQueries.byId;
import static br.com.jttelecom.console.sim.HistoryQueries.window;
import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryTruthTest {

    private static final Instant MORNING = Instant.parse("2026-08-21T13:00:00Z"); // 10:00 in São Paulo
    private static final String DAY = "21/08/2026";

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theTruthNamesEveryRecordTheServerShowsWithTheFullNumber() {
        sim.seedDemoCompany(3L);
        List<JsonNode> shown = HistoryQueries.all(client, window("23/07/2026", DAY));
        Map<String, CallTruth> truth = new HashMap<>();
        sim.historyTruth().forEach(t -> truth.put(t.chamadaId(), t));

        assertThat(truth).hasSize(DemoCompany.HISTORY_CALLS);
        assertThat(shown).allSatisfy(r -> {
            CallTruth t = truth.get(r.path("chamada_id").asText());
            assertThat(t.customerNumber()).matches("[1-9]{2}\\d{8,9}");
            assertThat(SimDates.format(t.start())).isEqualTo(r.path("data").asText());
            assertThat(SimDates.hmsMillis(t.talkMillis())).isEqualTo(r.path("duracao_real").asText());
            assertThat(SimDates.hms(t.totalSeconds())).isEqualTo(r.path("duracao").asText());
            if (t.direction() == CallTruth.Direction.INBOUND) {
                assertThat(r.path("origem").asText()).startsWith(t.customerNumber() + " (DID: ");
            } else {
                assertThat(t.direction()).isEqualTo(CallTruth.Direction.OUTBOUND);
                assertThat(r.path("origem").asText()).isEqualTo("demo-" + t.extension());
                // the seeded calls were dialled as the console dials: the account's DDD 48 left out
                assertThat(r.path("destino").asText()).isIn("0" + t.customerNumber(), t.customerNumber().substring(2));
            }
        });
    }

    @Test
    void anAddedCallIsServedAndToldAsGiven() {
        String id = sim.addHistory(InjectedCall.answered(MORNING, true, "202", "11987654321", 12, 95_250)).get(0);

        JsonNode r = byId(client, id, DAY);
        CallTruth t = sim.historyTruth().stream().filter(c -> c.chamadaId().equals(id)).findFirst().orElseThrow();

        assertThat(r.path("data").asText()).isEqualTo("21/08/2026 10:00:00");
        assertThat(r.path("origem").asText()).isEqualTo("11987654321 (DID: 4835124536)");
        assertThat(r.path("destino").asText()).isEqualTo("demo-202");
        assertThat(r.path("operador").asText()).isEqualTo("Rafael Lima");
        assertThat(r.path("duracao_real").asText()).isEqualTo("00:01:35,250");
        assertThat(r.path("duracao").asText()).isEqualTo("00:01:48");
        assertThat(r.path("link_gravacao").asText()).isEqualTo(sim.rootUrl() + "/suite/gravacoes/" + id + ".wav");
        assertThat(t).isEqualTo(new CallTruth(id, CallOutcome.ANSWERED, CallTruth.Direction.INBOUND, "11987654321",
                MORNING, 95_250, 12, 108, sim.rootUrl() + "/suite/gravacoes/" + id + ".wav", "202", true));
    }

    @Test
    void aDialledCallIsInTheTruthHiddenUntilIndexedWithTheDddOfItsExtension() {
        SimClient.Reply dial = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"991234567\"}}");
        String id = dial.json().path("chamada_id").asText();
        clock.advance(Duration.ofSeconds(40)); // rings 3 + 6 s, talks 30 s: hung up, not indexed yet

        assertThat(sim.historyTruthIncludingHidden()).singleElement().satisfies(t -> {
            assertThat(t.chamadaId()).isEqualTo(id);
            assertThat(t.visible()).isFalse();
            assertThat(t.customerNumber()).isEqualTo("48991234567");
            assertThat(t.direction()).isEqualTo(CallTruth.Direction.OUTBOUND);
        });
        assertThat(sim.historyTruth()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(sim.historyTruth()).extracting(CallTruth::chamadaId).containsExactly(id);
    }

    @Test
    void anAddedCallMustFitTheAccount() {
        assertThatThrownBy(() -> sim.addHistory(InjectedCall.answered(MORNING, true, "999", "11987654321", 1, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> InjectedCall.answered(MORNING, true, "201", "987654321", 1, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InjectedCall(MORNING, false, "201", "11987654321", CallOutcome.BUSY, 1, 500, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void behavioursAreOffByDefaultAndSwitchAtRunTime() {
        String id = sim.addHistory(InjectedCall.answered(MORNING, false, "201", "48991234567", 5, 60_000)).get(0);
        assertThat(sim.behaviours().active()).isEmpty();

        sim.behaviours().set(HistoryBehaviour.STATUS_AS_TEXT, true);
        assertThat(byId(client, id, DAY).path("status").asText()).isEqualTo("ATENDIDA");
        sim.behaviours().set(HistoryBehaviour.STATUS_AS_TEXT, false);
        assertThat(byId(client, id, DAY).path("status").asText()).isEqualTo("1");

        try (PbxSimulator every = SimTestSupport.manual(SimClock.manual(T0)).allBehaviours().build()) {
            assertThat(every.behaviours().active()).isEqualTo(HistoryBehaviour.withExactHistory())
                    .doesNotContain(HistoryBehaviour.TOTAL_COUNTS_UNLISTED);
        }
    }
}
