package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryContractTest {

    private static final Instant FROM = Instant.parse("2026-08-01T03:00:00Z"); // 01/08/2026 00:00 in São Paulo
    private static PbxSimulator sim;
    private static SimClient client;
    private static List<JsonNode> all;

    @BeforeAll
    static void seed() {
        sim = SimTestSupport.started(SimClock.manual(T0));
        sim.seedDemoCompany(3L);
        sim.seedHistory(2_000, FROM, T0);
        client = new SimClient(sim);
        all = new ArrayList<>();
        client.get("listar_historico_chamada", window(Map.of("quantidade", "1000"))).dados().forEach(all::add);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static Map<String, String> window(Map<String, String> extra) {
        Map<String, String> q = new HashMap<>(Map.of("data_inicial", "01/08/2026", "data_final", "21/08/2026"));
        q.putAll(extra);
        return q;
    }

    @Test
    void isoDateIsRejectedNamingTheField() {
        SimClient.Reply r = client.get("listar_historico_chamada",
                Map.of("data_inicial", "2026-08-01", "data_final", "21/08/2026"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("data_inicial").contains("dd/mm/aaaa");
    }

    @Test
    void missingDateIsRejectedNamingTheField() {
        SimClient.Reply r = client.get("listar_historico_chamada", Map.of("data_inicial", "01/08/2026"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("data_final");
    }

    @Test
    void invalidTimeIsRejectedNamingTheField() {
        SimClient.Reply r = client.get("listar_historico_chamada", window(Map.of("hora_inicial", "8h")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("hora_inicial");
    }

    @Test
    void windowOverTwoMonthsIsRejected() {
        SimClient.Reply r = client.get("listar_historico_chamada",
                Map.of("data_inicial", "01/06/2026", "data_final", "02/08/2026"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("dois meses");
    }

    @Test
    void windowOfExactlyTwoMonthsIsAccepted() {
        SimClient.Reply r = client.get("listar_historico_chamada",
                Map.of("data_inicial", "21/06/2026", "data_final", "21/08/2026"));

        assertThat(r.code()).isEqualTo(200);
    }

    @Test
    void emptyPeriodIs404EnvelopeWithThePbxMessage() {
        SimClient.Reply r = client.get("listar_historico_chamada",
                Map.of("data_inicial", "01/01/2026", "data_final", "31/01/2026"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo(404);
        assertThat(r.mensagem()).isEqualTo("Nenhuma chamada encontrada nesse período");
    }

    @Test
    void pagingDefaultsTo20AndCapsAt1000() {
        SimClient.Reply byDefault = client.get("listar_historico_chamada", window(Map.of()));
        SimClient.Reply tooMany = client.get("listar_historico_chamada", window(Map.of("quantidade", "5000")));

        assertThat(byDefault.dados()).hasSize(20);
        assertThat(byDefault.json().path("qtd_total_resultados").asInt()).isGreaterThan(1000);
        assertThat(tooMany.dados()).hasSize(1000);
        assertThat(tooMany.json().path("qtd_resultados_retornados").asInt()).isEqualTo(1000);
    }

    @Test
    void recordsComeInChronologicalOrderWithSaoPauloLocalDates() {
        assertThat(all).allSatisfy(r -> assertThat(r.path("data").asText()).matches("\\d{2}/\\d{2}/2026 \\d{2}:\\d{2}:\\d{2}"));
        assertThat(all.get(0).path("chamada_id").asText()).matches("\\d{10}\\.\\d+");
        String firstId = all.get(0).path("chamada_id").asText();
        long epoch = Long.parseLong(firstId.substring(0, firstId.indexOf('.')));
        String expected = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
                .withZone(java.time.ZoneId.of("America/Sao_Paulo")).format(Instant.ofEpochSecond(epoch));
        assertThat(all.get(0).path("data").asText()).isEqualTo(expected);
    }

    @Test
    void recordsCarryThePbxQuirks() {
        assertThat(all).allSatisfy(r -> {
            assertThat(r.has("motivo_deligamento")).isTrue();
            assertThat(r.path("duracao").asText()).matches("\\d{2}:\\d{2}:\\d{2}");
            assertThat(r.path("duracao_real").asText()).matches("\\d{2}:\\d{2}:\\d{2},\\d{3}");
            assertThat(r.path("origem").asText()).doesNotStartWith("+55").doesNotStartWith("55");
        });
        assertThat(all).anySatisfy(r -> assertThat(r.path("link_gravacao").isArray()).isTrue());
        assertThat(all).anySatisfy(r -> assertThat(r.path("link_gravacao").asText()).startsWith(sim.rootUrl() + "/suite/gravacoes/"));
        assertThat(all).anySatisfy(r -> assertThat(r.path("link_gravacao").asText("x")).isEmpty());
        assertThat(all).anySatisfy(r -> assertThat(r.path("sip_code").isNumber()).isTrue());
        assertThat(all).anySatisfy(r -> assertThat(r.path("sip_code").isTextual() && !r.path("sip_code").asText().isEmpty()).isTrue());
        assertThat(all).anySatisfy(r -> assertThat(r.path("tempo_espera_total_filas").asText()).matches("\\d+"));
        assertThat(all).anySatisfy(r -> assertThat(r.path("origem").asText()).matches("\\d{10,11} \\(DID: \\d{10}\\)"));
        assertThat(all).anySatisfy(r -> assertThat(r.path("origem").asText()).matches("demo-2\\d\\d"));
        assertThat(all).anySatisfy(r -> assertThat(r.path("destino").asText()).isEqualTo("DID -> FILA"));
        assertThat(all).anySatisfy(r -> assertThat(r.path("destino").asText()).matches("0\\d{10,11}"));
    }

    @Test
    void transcriptAndSummaryOnlyWhenAsked() {
        SimClient.Reply plain = client.get("listar_historico_chamada", window(Map.of()));
        SimClient.Reply rich = client.get("listar_historico_chamada",
                window(Map.of("retorna_transcricao", "sim", "retorna_resumo", "sim")));

        assertThat(plain.dados().get(0).has("transcricao")).isFalse();
        assertThat(rich.dados()).allSatisfy(r -> assertThat(r.has("transcricao") && r.has("resumo")).isTrue());
        assertThat(rich.dados()).anySatisfy(r -> assertThat(r.path("transcricao").asText()).isNotEmpty());
    }

    @Test
    void chamadaIdFilterFindsOneCall() {
        String id = all.get(17).path("chamada_id").asText();

        SimClient.Reply r = client.get("listar_historico_chamada", window(Map.of("chamada_id", id)));

        assertThat(r.dados()).hasSize(1);
        assertThat(r.dados().get(0).path("chamada_id").asText()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"filtro_status_chamada,486,status,486", "filtro_status_chamada,1,status,1",
            "ramal_origem,203,origem,demo-203", "ramal_destino,demo-204,destino,demo-204"})
    void filtersNarrowTheRecords(String filter, String value, String field, String expected) {
        SimClient.Reply r = client.get("listar_historico_chamada", window(Map.of(filter, value, "quantidade", "1000")));

        assertThat(r.dados()).isNotEmpty();
        assertThat(r.dados()).allSatisfy(rec -> assertThat(rec.path(field).asText()).isEqualTo(expected));
    }

    @Test
    void operatorFilterKeepsThatOperatorsCalls() {
        SimClient.Reply people = client.get("listar_pessoas", Map.of());
        String id = people.dados().get(2).path("operador_id").asText();
        String name = people.dados().get(2).path("nome").asText();

        SimClient.Reply r = client.get("listar_historico_chamada", window(Map.of("operador_id", id, "quantidade", "1000")));

        assertThat(r.dados()).isNotEmpty().allSatisfy(rec -> assertThat(rec.path("operador").asText()).isEqualTo(name));
    }

    @Test
    void numberFiltersMatchWithOrWithoutTheLongDistancePrefix() {
        JsonNode outbound = all.stream().filter(r -> r.path("destino").asText().startsWith("0")).findFirst().orElseThrow();
        String dialled = outbound.path("destino").asText();

        SimClient.Reply exact = client.get("listar_historico_chamada", window(Map.of("numero_destino", dialled)));
        SimClient.Reply withoutZero = client.get("listar_historico_chamada",
                window(Map.of("numero_destino", dialled.substring(1))));

        assertThat(exact.dados()).anySatisfy(r -> assertThat(r.path("chamada_id").asText()).isEqualTo(outbound.path("chamada_id").asText()));
        assertThat(withoutZero.json().path("qtd_total_resultados")).isEqualTo(exact.json().path("qtd_total_resultados"));
    }

    @Test
    void hourWindowNarrowsTheDay() {
        SimClient.Reply r = client.get("listar_historico_chamada", Map.of("data_inicial", "20/08/2026",
                "data_final", "20/08/2026", "hora_inicial", "10:00", "hora_final", "10:59", "quantidade", "1000"));

        assertThat(r.dados()).isNotEmpty()
                .allSatisfy(rec -> assertThat(rec.path("data").asText()).startsWith("20/08/2026 10:"));
    }
}
