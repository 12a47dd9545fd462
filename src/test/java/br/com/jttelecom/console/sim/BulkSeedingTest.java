package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BulkSeedingTest {

    private static final Instant FROM = Instant.parse("2026-06-01T03:00:00Z"); // 01/06/2026 00:00 São Paulo
    private static final Instant TO = Instant.parse("2026-08-01T02:59:59Z");   // 31/07/2026 23:59:59
    private static final Map<String, String> WINDOW = Map.of("data_inicial", "01/06/2026", "data_final", "31/07/2026");
    private static PbxSimulator first;
    private static PbxSimulator second;
    private static Duration seedingTime;

    @BeforeAll
    static void seed() {
        first = PbxSimulator.builder().seed(99L).clock(SimClock.manual(TO)).build().start(0);
        second = PbxSimulator.builder().seed(99L).clock(SimClock.manual(TO)).build().start(0);
        long start = System.nanoTime();
        first.seedHistory(200_000, FROM, TO);
        seedingTime = Duration.ofNanos(System.nanoTime() - start);
        second.seedHistory(200_000, FROM, TO);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void twoHundredThousandRecordsSeedInAFewSeconds() {
        assertThat(first.historySize()).isEqualTo(200_000);
        assertThat(seedingTime).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        Map<String, String> page = Map.of("data_inicial", "01/06/2026", "data_final", "31/07/2026",
                "pos_registro_inicial", "123456", "quantidade", "50");

        JsonNode a = new SimClient(first).get("listar_historico_chamada", page).json();
        JsonNode b = new SimClient(second).get("listar_historico_chamada", page).json();

        assertThat(a.path("dados")).hasSize(50);
        assertThat(a.path("dados").toString().replace(first.rootUrl(), ""))
                .isEqualTo(b.path("dados").toString().replace(second.rootUrl(), ""));
    }

    @Test
    void pagingThroughTheWholeWindowSeesEveryRecordOnceInOrder() {
        SimClient client = new SimClient(first);
        Set<String> ids = new HashSet<>();
        long previous = Long.MIN_VALUE;
        long start = System.nanoTime();
        int pos = 0;
        long total = -1;
        while (true) {
            Map<String, String> q = new java.util.HashMap<>(WINDOW);
            q.put("pos_registro_inicial", Integer.toString(pos));
            q.put("quantidade", "1000");
            SimClient.Reply r = client.get("listar_historico_chamada", q);
            if (r.code() == 404) {
                break;
            }
            total = r.json().path("qtd_total_resultados").asLong();
            for (JsonNode rec : r.dados()) {
                String id = rec.path("chamada_id").asText();
                long epoch = Long.parseLong(id.substring(0, id.indexOf('.')));
                assertThat(epoch).isGreaterThanOrEqualTo(previous);
                previous = epoch;
                ids.add(id);
            }
            pos += r.dados().size();
            if (r.dados().size() < 1000) {
                break;
            }
        }

        assertThat(total).isEqualTo(200_000);
        assertThat(ids).hasSize(200_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void filteredQueryCountsOnlyMatchingRecords() {
        Map<String, String> q = new java.util.HashMap<>(WINDOW);
        q.put("filtro_status_chamada", "486");

        SimClient.Reply r = new SimClient(first).get("listar_historico_chamada", q);

        long busy = r.json().path("qtd_total_resultados").asLong();
        assertThat(busy).isBetween(5_000L, 15_000L);
        assertThat(r.dados()).allSatisfy(rec -> assertThat(rec.path("status").asText()).isEqualTo("486"));
    }
}
