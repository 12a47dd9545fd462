package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.HistoryQueries.window;
import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowsInsertedWhilePagingTest {

    private static final Instant FROM = T0.minus(Duration.ofDays(3));
    private static final Map<String, String> WINDOW = window("18/08/2026", "21/08/2026");

    @Test
    void withoutTheOptionTheWindowHoldsStillWhilePaged() {
        try (PbxSimulator sim = seeded(false)) {
            List<SimClient.Reply> pages = pages(new SimClient(sim), 4);

            assertThat(pages).extracting(p -> p.json().path("qtd_total_resultados").asInt()).containsOnly(3_000);
            assertThat(ids(pages)).doesNotHaveDuplicates().hasSize(2_000);
        }
    }

    @Test
    void recordsAppearAheadOfTheOffsetOnEverySecondPage() {
        try (PbxSimulator sim = seeded(true)) {
            List<SimClient.Reply> pages = pages(new SimClient(sim), 4);
            List<Integer> totals = pages.stream().map(p -> p.json().path("qtd_total_resultados").asInt()).toList();

            assertThat(totals.get(0)).isEqualTo(3_000);
            assertThat(totals.get(1)).isBetween(3_001, 3_003);
            assertThat(totals.get(2)).isEqualTo(totals.get(1));
            assertThat(totals.get(3)).isBetween(totals.get(2) + 1, totals.get(2) + 3);
            // The shift pushes records already served onto the next page: the client sees them twice.
            Set<String> firstPage = new HashSet<>(ids(pages.subList(0, 1)));
            assertThat(firstPage).contains(pages.get(1).dados().get(0).path("chamada_id").asText());
            Set<String> seededIds = idsOf(seeded(false));
            List<CallTruth> inserted = sim.historyTruth().stream().filter(t -> !seededIds.contains(t.chamadaId())).toList();
            assertThat(inserted).hasSize(totals.get(3) - 3_000);
            Instant lastServedBeforeTheLastInsert = SimDates.parseDate("d", pages.get(2).dados().get(499).path("data")
                    .asText().substring(0, 10)).plusDays(1).atStartOfDay(SimDates.SAO_PAULO).toInstant();
            assertThat(inserted).allSatisfy(t -> assertThat(t.start()).isBefore(lastServedBeforeTheLastInsert));
        }
    }

    @Test
    void theInsertionsAreTheSameForTheSameSeed() {
        try (PbxSimulator a = seeded(true); PbxSimulator b = seeded(true)) {
            List<SimClient.Reply> pa = pages(new SimClient(a), 4);
            List<SimClient.Reply> pb = pages(new SimClient(b), 4);

            for (int i = 0; i < pa.size(); i++) {
                assertThat(pa.get(i).dados().toString().replace(a.rootUrl(), ""))
                        .isEqualTo(pb.get(i).dados().toString().replace(b.rootUrl(), ""));
            }
        }
    }

    @Test
    void aFilteredWindowIsCountedOnItsOwnAndKeepsItsFilter() {
        try (PbxSimulator sim = seeded(true)) {
            SimClient client = new SimClient(sim);
            Map<String, String> ext = new HashMap<>(WINDOW);
            ext.put("ramal_origem", "201");
            pages(client, 1); // the unfiltered window's first request

            List<SimClient.Reply> pages = new ArrayList<>();
            for (int pos = 0; pos < 300; pos += 100) {
                Map<String, String> q = new HashMap<>(ext);
                q.put("quantidade", "100");
                q.put("pos_registro_inicial", Integer.toString(pos));
                pages.add(client.get("listar_historico_chamada", q));
            }

            assertThat(pages.get(1).json().path("qtd_total_resultados").asInt())
                    .isGreaterThan(pages.get(0).json().path("qtd_total_resultados").asInt());
            assertThat(pages).allSatisfy(p -> assertThat(p.dados())
                    .allSatisfy(r -> assertThat(r.path("origem").asText()).isEqualTo("demo-201")));
        }
    }

    private static Set<String> idsOf(PbxSimulator fresh) {
        try (fresh) {
            Set<String> out = new HashSet<>();
            fresh.historyTruth().forEach(t -> out.add(t.chamadaId()));
            return out;
        }
    }

    private static PbxSimulator seeded(boolean inserting) {
        SimulatorBuilder b = SimTestSupport.manual(SimClock.manual(T0));
        if (inserting) {
            b.behaviour(HistoryBehaviour.ROWS_INSERTED_WHILE_PAGING);
        }
        PbxSimulator sim = b.build().start(0);
        sim.seedHistory(3_000, FROM, T0);
        return sim;
    }

    private static List<SimClient.Reply> pages(SimClient client, int count) {
        List<SimClient.Reply> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> q = new HashMap<>(WINDOW);
            q.put("quantidade", "500");
            q.put("pos_registro_inicial", Integer.toString(i * 500));
            out.add(client.get("listar_historico_chamada", q));
        }
        return out;
    }

    private static List<String> ids(List<SimClient.Reply> pages) {
        List<String> out = new ArrayList<>();
        for (SimClient.Reply p : pages) {
            for (JsonNode r : p.dados()) {
                out.add(r.path("chamada_id").asText());
            }
        }
        return out;
    }
}
