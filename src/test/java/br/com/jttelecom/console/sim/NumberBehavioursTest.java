package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.HistoryQueries.byId;
import static br.com.jttelecom.console.sim.HistoryQueries.window;
import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NumberBehavioursTest {

    private static final Instant MORNING = Instant.parse("2026-08-21T13:00:00Z");
    private static final String DAY = "21/08/2026";

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void demoCompanyExtensionsSitInTwoAreaCodes() {
        sim.seedDemoCompany(5L);

        Map<String, String> ddd = new java.util.HashMap<>();
        client.get("listar_ramais", Map.of()).dados()
                .forEach(r -> ddd.put(r.path("numero").asText(), r.path("codigo_area").asText()));

        assertThat(ddd).containsEntry("201", "48").containsEntry("205", "11").containsEntry("209", "48")
                .containsEntry("212", "11");
    }

    @Test
    void byDefaultNumbersKeepTheirDdd() {
        sim.seedDemoCompany(5L);
        List<String> ids = calls();

        assertThat(byId(client, ids.get(0), DAY).path("destino").asText()).isEqualTo("011987654321");
        assertThat(byId(client, ids.get(1), DAY).path("destino").asText()).isEqualTo("048991234567");
        assertThat(byId(client, ids.get(2), DAY).path("origem").asText()).isEqualTo("48991234567 (DID: 4835124536)");
        assertThat(byId(client, ids.get(3), DAY).path("origem").asText()).isEqualTo("11987654321 (DID: 4835124536)");
    }

    @Test
    void localNumbersComeWithoutTheDddOfTheExtensionInvolved() {
        sim.seedDemoCompany(5L);
        List<String> ids = calls();
        sim.behaviours().set(HistoryBehaviour.LOCAL_NUMBERS_WITHOUT_DDD, true);

        assertThat(byId(client, ids.get(0), DAY).path("destino").asText()).isEqualTo("987654321"); // 205 is in 11
        assertThat(byId(client, ids.get(1), DAY).path("destino").asText()).isEqualTo("048991234567");
        assertThat(byId(client, ids.get(2), DAY).path("origem").asText()).isEqualTo("991234567 (DID: 4835124536)");
        assertThat(byId(client, ids.get(3), DAY).path("origem").asText()).isEqualTo("11987654321 (DID: 4835124536)");
        assertThat(byId(client, ids.get(4), DAY).path("destino").asText()).isEqualTo("35124000"); // a landline
    }

    @Test
    void historySeededWithTheOptionOftenSharesTheExtensionsDdd() {
        try (PbxSimulator local = SimTestSupport.manual(SimClock.manual(T0))
                .behaviour(HistoryBehaviour.LOCAL_NUMBERS_WITHOUT_DDD).build().start(0)) {
            local.seedDemoCompany(5L);
            List<JsonNode> all = HistoryQueries.all(new SimClient(local), window("23/07/2026", DAY));
            Map<String, CallTruth> truth = new java.util.HashMap<>();
            local.historyTruth().forEach(t -> truth.put(t.chamadaId(), t));

            long withoutDdd = all.stream().filter(r -> customerField(r).matches("\\d{8,9}")).count();
            assertThat(withoutDdd).isGreaterThan(all.size() / 5);
            assertThat(all).allSatisfy(r -> {
                CallTruth t = truth.get(r.path("chamada_id").asText());
                String shown = customerField(r);
                assertThat(t.customerNumber()).matches("\\d{10,11}").endsWith(shown.replaceFirst("^0", ""));
            });
            Set<String> extensionsWithoutDdd = new HashSet<>();
            all.stream().filter(r -> customerField(r).matches("\\d{8,9}"))
                    .forEach(r -> extensionsWithoutDdd.add(truth.get(r.path("chamada_id").asText()).customerNumber()
                            .substring(0, 2)));
            assertThat(extensionsWithoutDdd).contains("11", "48");
        }
    }

    @Test
    void formattedNumbersRotateOnInboundRecords() {
        sim.seedHistory(40, Instant.parse("2026-08-21T11:00:00Z"), MORNING);
        List<JsonNode> plain = HistoryQueries.all(client, window(DAY, DAY));
        sim.behaviours().set(HistoryBehaviour.FORMATTED_NUMBERS, true);
        List<JsonNode> formatted = HistoryQueries.all(client, window(DAY, DAY));

        assertThat(inboundCallers(plain)).allSatisfy(c -> assertThat(c).matches("\\d{10,11}"));
        List<String> callers = inboundCallers(formatted);
        assertThat(callers).anySatisfy(c -> assertThat(c).matches("\\(\\d{2}\\) \\d{4,5}-\\d{4}"));
        assertThat(callers).anySatisfy(c -> assertThat(c).matches("\\d{2} \\d{4,5}-\\d{4}"));
        assertThat(callers).anySatisfy(c -> assertThat(c).matches("\\+55 \\d{2} \\d{4,5}-\\d{4}"));
        assertThat(callers).anySatisfy(c -> assertThat(c).matches("\\d{10,11}"));
        assertThat(formatted).extracting(r -> r.path("destino").asText())
                .isEqualTo(plain.stream().map(r -> r.path("destino").asText()).toList());
    }

    @Test
    void formattedLocalNumbersHaveNoDdd() {
        assertThat(NumberForms.formatted("991234567", 0)).isEqualTo("99123-4567");
        assertThat(NumberForms.formatted("4835124536", 1)).isEqualTo("48 3512-4536");
        assertThat(NumberForms.formatted("11987654321", 2)).isEqualTo("+55 11 98765-4321");
        assertThat(NumberForms.formatted("11987654321", 3)).isEqualTo("11987654321");
    }

    private static List<String> inboundCallers(List<JsonNode> records) {
        return records.stream().map(r -> r.path("origem").asText()).filter(o -> o.contains("(DID: "))
                .map(o -> o.substring(0, o.indexOf(" (DID: "))).toList();
    }

    /** The customer's number as the record shows it: outbound destination, inbound caller. */
    private static String customerField(JsonNode r) {
        String origem = r.path("origem").asText();
        return origem.contains("(DID: ") ? origem.substring(0, origem.indexOf(" (DID: ")) : r.path("destino").asText();
    }

    /** 0: 205 (DDD 11) dials an 11 number; 1: 205 dials a 48 one; 2: a 48 caller reaches 201 (DDD 48);
     *  3: an 11 caller reaches 201; 4: 201 dials a 48 landline. */
    private List<String> calls() {
        return sim.addHistory(
                InjectedCall.answered(MORNING, false, "205", "11987654321", 5, 60_000),
                InjectedCall.answered(MORNING.plusSeconds(60), false, "205", "48991234567", 5, 60_000),
                InjectedCall.answered(MORNING.plusSeconds(120), true, "201", "48991234567", 5, 60_000),
                InjectedCall.answered(MORNING.plusSeconds(180), true, "201", "11987654321", 5, 60_000),
                InjectedCall.answered(MORNING.plusSeconds(240), false, "201", "4835124000", 5, 60_000));
    }
}
