package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static br.com.jttelecom.console.sim.SimTestSupport.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator produces the shapes of the fixtures in {@code spec/fixtures} (copied under test resources). */
class FixtureShapeTest {

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FixtureShapeTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void historyRecordHasEveryFieldOfTheFixture() throws IOException {
        JsonNode expected = SimClient.JSON.readTree(fixture("historico-pagina.json"));
        client.post("discar_numero", "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}");
        clock.advance(Duration.ofMinutes(2));

        JsonNode page = client.get("listar_historico_chamada", Map.of("data_inicial", TODAY, "data_final", TODAY,
                "retorna_transcricao", "sim", "retorna_resumo", "sim")).json();

        assertThat(fields(page)).isEqualTo(fields(expected));
        assertThat(fields(page.path("dados").get(0))).isEqualTo(fields(expected.path("dados").get(2)));
    }

    @Test
    void extensionRecordHasExactlyTheFixturesFieldsPlusVoicemail() throws IOException {
        JsonNode expected = SimClient.JSON.readTree(fixture("ramais-pagina.json")).path("dados").get(0);

        JsonNode row = client.get("listar_ramais", Map.of("numero", "202")).dados().get(0);

        Set<String> actual = fields(row);
        actual.removeAll(Set.of("habilitar_caixa_postal", "caixa_postal_email"));
        assertThat(actual).isEqualTo(fields(expected));
        assertThat(fields(row.path("encaminhar_todas_chamadas"))).isEqualTo(fields(expected.path("encaminhar_todas_chamadas")));
    }

    @Test
    void dialAnswerHasTheFixturesShape() throws IOException {
        JsonNode expected = SimClient.JSON.readTree(fixture("discar-ok.json"));

        JsonNode r = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}").json();

        assertThat(fields(r)).isEqualTo(fields(expected));
        assertThat(r.path("mensagem")).isEqualTo(expected.path("mensagem"));
    }

    @Test
    void authAndEmptyAnswersEqualTheFixtures() throws IOException {
        SimClient.Reply unauthorized = client.send("GET", client.url("listar_ramais", Map.of()), null, false);
        SimClient.Reply empty = client.get("listar_historico_chamada", Map.of("data_inicial", TODAY, "data_final", TODAY));

        assertThat(unauthorized.json()).isEqualTo(SimClient.JSON.readTree(fixture("autenticacao-invalida.json")));
        assertThat(empty.json()).isEqualTo(SimClient.JSON.readTree(fixture("historico-vazio.json")));
    }

    @Test
    void badGatewayPageEqualsTheFixture() throws IOException {
        sim.faults().httpError(502);

        SimClient.Reply r = client.get("listar_ramais", Map.of());

        assertThat(r.body().strip()).isEqualTo(fixture("erro-html-502.html").strip());
    }
}
