package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

    private static final Set<String> DDDS = Set.of("11", "21", "31", "41", "47", "48", "51", "61", "71", "81", "85");
    private static PbxSimulator sim;
    private static SimClient client;

    @BeforeAll
    static void seed() {
        sim = SimTestSupport.started(SimClock.manual(T0));
        sim.seedDemoCompany(42L);
        client = new SimClient(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void demoCompanyHasTwelveExtensionsThreeDidsAndEightOperators() {
        assertThat(client.get("listar_ramais", Map.of()).json().path("qtd_total_resultados").asInt()).isEqualTo(12);
        assertThat(client.get("listar_dids", Map.of()).json().path("qtd_total_resultados").asInt()).isEqualTo(3);
        JsonNode people = client.get("listar_pessoas", Map.of()).dados();
        assertThat(people).hasSize(8);
        List<String> statuses = new java.util.ArrayList<>();
        people.forEach(p -> statuses.add(p.path("status").asText()));
        assertThat(statuses).contains("disponivel", "pausado", "deslogado");
    }

    @Test
    void ninetyDaysOfBusinessHoursHistoryWithAMixOfOutcomes() {
        Set<String> statuses = new HashSet<>();
        int total = 0;
        for (String[] w : new String[][] {{"23/05/2026", "22/07/2026"}, {"23/07/2026", "21/08/2026"}}) {
            int pos = 0;
            while (true) {
                SimClient.Reply r = client.get("listar_historico_chamada", Map.of("data_inicial", w[0], "data_final", w[1],
                        "quantidade", "1000", "pos_registro_inicial", Integer.toString(pos)));
                if (r.code() != 200) {
                    break;
                }
                for (JsonNode rec : r.dados()) {
                    statuses.add(rec.path("status").asText());
                    int hour = Integer.parseInt(rec.path("data").asText().substring(11, 13));
                    assertThat(hour).isBetween(8, 17);
                }
                pos += r.dados().size();
                total += r.dados().size();
            }
        }
        assertThat(total).isEqualTo(DemoCompany.HISTORY_CALLS);
        assertThat(statuses).contains("0", "1", "2", "486");
    }

    @Test
    void twoHundredLeadsWithValidUniqueBrazilianNumbers() {
        List<DemoLead> leads = DemoLeads.generate(42L);

        assertThat(leads).hasSize(200);
        assertThat(leads).extracting(DemoLead::digits).doesNotHaveDuplicates();
        assertThat(leads).allSatisfy(l -> {
            assertThat(DDDS).contains(l.digits().substring(0, 2));
            assertThat(l.phone()).matches("\\(\\d{2}\\) (9[6-9]\\d{3}|[2-5]\\d{3})-\\d{4}");
            assertThat(l.email()).matches("[a-z-]+\\.[a-z-]+@[a-z0-9-]+\\.com\\.br");
            assertThat(l.name()).contains(" ");
            assertThat(l.city()).isNotBlank();
        });
        assertThat(leads).anySatisfy(l -> assertThat(l.digits()).hasSize(11));
        assertThat(leads).anySatisfy(l -> assertThat(l.digits()).hasSize(10));
    }

    @Test
    void simulatorHandsOutTheLeadsOfItsDemoCompany() {
        assertThat(sim.demoLeads()).isEqualTo(DemoLeads.generate(42L));
    }

    @Test
    void leadsAreDeterministicForASeed() {
        assertThat(DemoLeads.generate(5L)).isEqualTo(DemoLeads.generate(5L));
        assertThat(DemoLeads.generate(5L)).isNotEqualTo(DemoLeads.generate(6L));
    }

    @Test
    void leadNumbersAppearAsCallersAndDestinationsInTheHistory() {
        Set<String> leadNumbers = new HashSet<>();
        sim.demoLeads().forEach(l -> leadNumbers.add(l.digits()));

        JsonNode page = client.get("listar_historico_chamada",
                Map.of("data_inicial", "23/07/2026", "data_final", "21/08/2026", "quantidade", "1000")).dados();

        boolean calledIn = false;
        boolean calledOut = false;
        for (JsonNode rec : page) {
            String origem = rec.path("origem").asText();
            String destino = rec.path("destino").asText();
            calledIn |= origem.contains("(DID:") && leadNumbers.contains(origem.substring(0, origem.indexOf(' ')));
            calledOut |= leadNumbers.stream().anyMatch(n -> destino.equals("0" + n) || destino.equals(n.substring(2)));
        }
        assertThat(calledIn).isTrue();
        assertThat(calledOut).isTrue();
    }

    @Test
    void standaloneRunPrintsTheBaseUrlAndMasksATokenNotGivenExplicitly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PbxSimulator standalone = SimulatorMain.runStandalone(0, null, null, 42L, false,
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).contains(standalone.baseUrl()).contains("usuario: demo")
                    .doesNotContain(SimulatorMain.DEFAULT_TOKEN).contains("****");
            assertThat(new SimClient(standalone).get("listar_pessoas", Map.of()).dados()).hasSize(8);
        }
    }

    @Test
    void standaloneRunShowsATokenGivenOnTheCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PbxSimulator standalone = SimulatorMain.runStandalone(0, "eu", "meu-token-123", 1L, true,
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("meu-token-123");
            assertThat(standalone.user()).isEqualTo("eu");
        }
    }
}
