package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.HistoryQueries.byId;
import static br.com.jttelecom.console.sim.HistoryQueries.window;
import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HourAndStatusBehavioursTest {

    /** 21/08/2026 10:00 in São Paulo, earlier that day than the clock. */
    private static final Instant MORNING = Instant.parse("2026-08-21T13:00:00Z");

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void withoutTheOptionAMissingHoraFinalMeansTheEndOfTheDay() {
        sim.addHistory(InjectedCall.answered(MORNING, true, "201", "48991234567", 5, 60_000));

        SimClient.Reply r = client.get("listar_historico_chamada", window("21/08/2026", "21/08/2026"));

        assertThat(r.dados()).hasSize(1);
    }

    @Test
    void missingHourIsMidnightLosesTheLastDayUnlessBothHoursAreSent() {
        sim.addHistory(InjectedCall.answered(MORNING, true, "201", "48991234567", 5, 60_000));
        sim.behaviours().set(HistoryBehaviour.MISSING_HOUR_IS_MIDNIGHT, true);

        SimClient.Reply withoutHours = client.get("listar_historico_chamada", window("21/08/2026", "21/08/2026"));
        SimClient.Reply withBoth = client.get("listar_historico_chamada",
                window("21/08/2026", "21/08/2026", "hora_inicial", "00:00", "hora_final", "23:59"));

        assertThat(withoutHours.code()).isEqualTo(404);
        assertThat(withBoth.dados()).hasSize(1);
    }

    @Test
    void statusIsANumericStringByDefault() {
        assertThat(statuses()).allSatisfy(s -> assertThat(s.isTextual()).isTrue())
                .extracting(JsonNode::asText).containsExactly("1", "0", "486", "2");
    }

    @Test
    void statusAsTextSpellsTheOutcome() {
        sim.behaviours().set(HistoryBehaviour.STATUS_AS_TEXT, true);

        assertThat(statuses()).extracting(JsonNode::asText)
                .containsExactly("ATENDIDA", "NÃO ATENDIDA", "OCUPADO", "FALHA");
    }

    @Test
    void statusAsIntIsAJsonNumber() {
        sim.behaviours().set(HistoryBehaviour.STATUS_AS_INT, true);

        assertThat(statuses()).allSatisfy(s -> assertThat(s.isInt()).isTrue())
                .extracting(JsonNode::asInt).containsExactly(1, 0, 486, 2);
    }

    @Test
    void statusMixedRotatesTextIntegerAndNumericStringOnOneServer() {
        try (PbxSimulator mixed = SimTestSupport.manual(SimClock.manual(T0))
                .behaviour(HistoryBehaviour.STATUS_MIXED).build().start(0)) {
            mixed.seedHistory(30, Instant.parse("2026-08-21T12:00:00Z"), MORNING);
            List<JsonNode> all = HistoryQueries.all(new SimClient(mixed), window("21/08/2026", "21/08/2026"));

            Set<String> kinds = new java.util.HashSet<>();
            for (JsonNode r : all) {
                JsonNode s = r.path("status");
                kinds.add(s.isInt() ? "int" : s.asText().matches("\\d+") ? "numeric" : "text");
            }
            assertThat(kinds).containsExactlyInAnyOrder("int", "numeric", "text");
        }
    }

    /** One call of each outcome, their {@code status} in that order: answered, not answered, busy, failed. */
    private List<JsonNode> statuses() {
        List<String> ids = sim.addHistory(
                InjectedCall.answered(MORNING, false, "201", "48991234567", 5, 60_000),
                new InjectedCall(MORNING.plusSeconds(60), false, "201", "48991234568", CallOutcome.NO_ANSWER, 30, 0, false),
                new InjectedCall(MORNING.plusSeconds(120), false, "201", "48991234560", CallOutcome.BUSY, 3, 0, false),
                new InjectedCall(MORNING.plusSeconds(180), false, "201", "48991234569", CallOutcome.FAILED, 2, 0, false));
        List<JsonNode> out = new ArrayList<>();
        ids.forEach(id -> out.add(byId(client, id, "21/08/2026").path("status")));
        return out;
    }
}
