package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.HistoryQueries.window;
import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LateCdrsTest {

    private static final Instant TWO_HOURS_AGO = T0.minus(Duration.ofHours(2));
    private static final String DAY = "21/08/2026";

    @Test
    void withoutTheOptionSeededHistoryIsVisibleAtOnce() {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.started(clock)) {
            sim.seedHistory(2_000, TWO_HOURS_AGO, T0);

            assertThat(sim.historyTruthIncludingHidden()).hasSize(2_000).allSatisfy(t -> assertThat(t.visible()).isTrue());
            assertThat(HistoryQueries.all(new SimClient(sim), window(DAY, DAY))).hasSize(2_000);
        }
    }

    @Test
    void aCallShowsOnlyOnceEndedAndALongCallAppearsAfterLaterShorterOnes() {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.manual(clock).behaviour(HistoryBehaviour.LATE_CDRS).build().start(0)) {
            sim.seedHistory(2_000, TWO_HOURS_AGO, T0);
            SimClient client = new SimClient(sim);

            List<CallTruth> all = sim.historyTruthIncludingHidden();
            List<CallTruth> hidden = all.stream().filter(t -> !t.visible()).toList();
            Set<String> shownNow = HistoryQueries.all(client, window(DAY, DAY)).stream()
                    .map(r -> r.path("chamada_id").asText()).collect(Collectors.toSet());

            assertThat(all).hasSize(2_000);
            assertThat(all.stream().filter(t -> t.totalSeconds() >= 20 * 60).count()).isGreaterThan(20);
            assertThat(hidden).isNotEmpty().allSatisfy(t -> assertThat(t.end().plusSeconds(10)).isAfter(T0));
            assertThat(shownNow).hasSize(2_000 - hidden.size())
                    .isEqualTo(sim.historyTruth().stream().map(CallTruth::chamadaId).collect(Collectors.toSet()));
            CallTruth longOne = hidden.stream().filter(t -> t.totalSeconds() >= 20 * 60)
                    .min(java.util.Comparator.comparing(CallTruth::start)).orElseThrow();
            assertThat(all).anySatisfy(later -> {
                assertThat(later.start()).isAfter(longOne.start());
                assertThat(later.visible()).isTrue();
            });

            clock.advance(Duration.ofHours(1));

            List<String> shownLater = HistoryQueries.all(client, window(DAY, DAY)).stream()
                    .map(r -> r.path("chamada_id").asText()).toList();
            assertThat(shownLater).hasSize(2_000).contains(longOne.chamadaId());
            assertThat(sim.historyTruthIncludingHidden()).allSatisfy(t -> assertThat(t.visible()).isTrue());
        }
    }

    @Test
    void anAddedCallStillGoingOnAppearsWithItsStartTimeOnceItHasEnded() {
        ManualClock clock = SimClock.manual(T0);
        try (PbxSimulator sim = SimTestSupport.manual(clock).behaviour(HistoryBehaviour.LATE_CDRS).build().start(0)) {
            SimClient client = new SimClient(sim);
            String id = sim.addHistory(InjectedCall.answered(T0.minus(Duration.ofMinutes(5)), true, "201",
                    "48991234567", 5, 10 * 60_000)).get(0);

            assertThat(client.get("listar_historico_chamada", window(DAY, DAY)).code()).isEqualTo(404);
            clock.advance(Duration.ofMinutes(5).plusSeconds(10)); // 5 s of wait are still to run

            assertThat(client.get("listar_historico_chamada", window(DAY, DAY)).code()).isEqualTo(404);
            clock.advance(Duration.ofSeconds(6));

            assertThat(HistoryQueries.byId(client, id, DAY).path("data").asText()).isEqualTo("21/08/2026 12:55:00");
        }
    }
}
