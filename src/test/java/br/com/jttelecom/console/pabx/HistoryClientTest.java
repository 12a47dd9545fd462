package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class HistoryClientTest extends PabxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode jsonBody(RecordedRequest r) throws Exception {
        return JSON.readTree(body(r));
    }

    @Test
    void historyRequestCarriesEveryFilterWithBrazilianDateAndTimeFormats() throws Exception {
        server.enqueue(okFixture("historico-vazio.json"));
        HistoryQuery q = HistoryQuery.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 21))
                .withTimes(LocalTime.of(8, 0), LocalTime.of(18, 30))
                .withCallId("1787312345.4821")
                .withOperatorId("7")
                .withNumbers("4835124536", "011987654321")
                .withExtensions("202", "203")
                .withStatusFilters("1", "2")
                .withAi(true, true);

        assertThat(client.history(q).toList()).isEmpty();

        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/suite/api/listar_historico_chamada");
        assertThat(r.getHeaders().get("usuario")).isEqualTo(USER);
        assertThat(r.getHeaders().get("token")).isEqualTo(TOKEN);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        JsonNode b = jsonBody(r);
        assertThat(b.get("data_inicial").asText()).isEqualTo("01/08/2026");
        assertThat(b.get("data_final").asText()).isEqualTo("21/08/2026");
        assertThat(b.get("hora_inicial").asText()).isEqualTo("08:00");
        assertThat(b.get("hora_final").asText()).isEqualTo("18:30");
        assertThat(b.get("chamada_id").asText()).isEqualTo("1787312345.4821");
        assertThat(b.get("operador_id").asText()).isEqualTo("7");
        assertThat(b.get("numero_origem").asText()).isEqualTo("4835124536");
        assertThat(b.get("numero_destino").asText()).isEqualTo("011987654321");
        assertThat(b.get("ramal_origem").asText()).isEqualTo("202");
        assertThat(b.get("ramal_destino").asText()).isEqualTo("203");
        assertThat(b.get("filtro_status_chamada").asText()).isEqualTo("1");
        assertThat(b.get("status_ocorrencia").asText()).isEqualTo("2");
        assertThat(b.get("quantidade").asInt()).isEqualTo(1000);
        assertThat(b.get("pos_registro_inicial").asInt()).isZero();
        assertThat(b.get("retorna_transcricao").asText()).isEqualTo("sim");
        assertThat(b.get("retorna_resumo").asText()).isEqualTo("sim");
    }

    @Test
    void historyFixtureParsesWithEveryQuirk() {
        server.enqueue(okFixture("historico-pagina.json"));
        List<HistoryRecord> records = client.history(oneDay()).toList();

        assertThat(records).hasSize(3);
        assertThat(records.get(0).linkGravacao()).endsWith("1787312345.4821.wav");
        assertThat(records.get(0).hangupReason()).isEqualTo("OK");
        assertThat(records.get(1).sipCode()).isEqualTo("487");
        assertThat(records.get(1).linkGravacao()).isEmpty();
        assertThat(records.get(2).linkGravacao()).endsWith("1787313555.4841.wav");
        assertThat(records.get(2).sipCode()).isEmpty();
    }

    @Test
    void historyCallsMapsTheFixtureToCalls() {
        server.enqueue(okFixture("historico-pagina.json"));
        List<Call> calls = client.historyCalls(oneDay()).toList();

        Call out = calls.get(0);
        assertThat(out.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(out.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(out.phoneNumber()).isEqualTo("011987654321");
        assertThat(out.extension()).isEqualTo("202");
        assertThat(out.startTime()).isEqualTo(Instant.parse("2026-08-21T16:28:27Z"));
        assertThat(calls.get(1).direction()).isEqualTo(Direction.INBOUND);
        assertThat(calls.get(1).status()).isEqualTo(CallStatus.MISSED);
        assertThat(calls.get(2).direction()).isEqualTo(Direction.INBOUND);
        assertThat(calls.get(2).extension()).isNull();
    }

    @Test
    void emptyAnswerWithHttp404AndBody404IsAnEmptyHistory() {
        server.enqueue(json(404, fixture("historico-vazio.json")));
        assertThat(client.history(oneDay()).toList()).isEmpty();
    }

    @Test
    void emptyAnswerWithHttp200AndBody404IsAnEmptyHistory() {
        server.enqueue(okFixture("historico-vazio.json"));
        assertThat(client.history(oneDay()).toList()).isEmpty();
    }

    @Test
    void pagerFollowsOffsetsUntilTheTotalIsReached() throws Exception {
        server.enqueue(ok(page(1000, 2500)));
        server.enqueue(ok(page(1000, 2500)));
        server.enqueue(ok(page(500, 2500)));

        assertThat(client.history(oneDay()).count()).isEqualTo(2500);

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(jsonBody(take()).get("pos_registro_inicial").asInt()).isZero();
        assertThat(jsonBody(take()).get("pos_registro_inicial").asInt()).isEqualTo(1000);
        assertThat(jsonBody(take()).get("pos_registro_inicial").asInt()).isEqualTo(2000);
    }

    @Test
    void pagerStopsWhenOffsetReachesTotalEvenOnAFullPage() {
        server.enqueue(ok(page(1000, 1000)));
        assertThat(client.history(oneDay()).count()).isEqualTo(1000);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void pagerStopsOnAnEmptyPage() {
        server.enqueue(ok(page(1000, -1)));
        server.enqueue(ok(EMPTY_LIST));
        assertThat(client.history(oneDay()).count()).isEqualTo(1000);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void pagerStopsOnA404Page() {
        server.enqueue(ok(page(1000, -1)));
        server.enqueue(json(404, fixture("historico-vazio.json")));
        assertThat(client.history(oneDay()).count()).isEqualTo(1000);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void pagerIsLazyAndFetchesNothingUntilConsumed() {
        server.enqueue(ok(page(1000, 5000)));
        var first = client.history(oneDay()).limit(10).toList();
        assertThat(first).hasSize(10);
        assertThat(server.getRequestCount()).isEqualTo(1);
        client.historyPages(oneDay());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void periodsLongerThanTwoMonthsAreQueriedInWindows() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(page(2, 2)));
        }
        HistoryQuery q = HistoryQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 15));

        assertThat(client.history(q).count()).isEqualTo(6);

        List<String> windows = IntStream.range(0, 3).mapToObj(i -> {
            try {
                JsonNode b = jsonBody(take());
                return b.get("data_inicial").asText() + "-" + b.get("data_final").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(windows).containsExactly("01/01/2026-28/02/2026", "01/03/2026-30/04/2026", "01/05/2026-15/05/2026");
    }

    @Test
    void everyHistoryRequestNamesBothHoursAndOnlyThePeriodsEndsCarryPartialTimes() throws Exception {
        // A server may read a missing hour as 00:00: a window would end at midnight of its last day.
        server.enqueue(okFixture("historico-vazio.json"));
        server.enqueue(okFixture("historico-vazio.json"));
        server.enqueue(okFixture("historico-vazio.json"));
        HistoryQuery q = HistoryQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 15))
                .withTimes(LocalTime.of(10, 15), null);

        assertThat(client.history(q).toList()).isEmpty();

        List<String> hours = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode b = jsonBody(take());
            hours.add(b.get("data_inicial").asText() + " " + b.path("hora_inicial").asText("-") + " – "
                    + b.get("data_final").asText() + " " + b.path("hora_final").asText("-"));
        }
        assertThat(hours).containsExactly("01/01/2026 10:15 – 28/02/2026 23:59", "01/03/2026 00:00 – 30/04/2026 23:59",
                "01/05/2026 00:00 – 15/05/2026 23:59");
    }

    @Test
    void windowsCoverEveryDayExactlyOnce() {
        HistoryQuery q = HistoryQuery.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 30));
        List<HistoryQuery> w = q.windows();
        assertThat(w.get(0).from()).isEqualTo(q.from());
        assertThat(w.get(w.size() - 1).to()).isEqualTo(q.to());
        for (int i = 1; i < w.size(); i++) {
            assertThat(w.get(i).from()).isEqualTo(w.get(i - 1).to().plusDays(1));
            assertThat(w.get(i).to()).isBefore(w.get(i).from().plusMonths(2));
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void aServerThatIgnoresTheOffsetDoesNotMakeThePagerLoopForever() {
        String same = page(1000, -1);
        server.enqueue(ok(same));
        server.enqueue(ok(same));
        server.enqueue(ok(same));
        assertThat(client.history(oneDay()).count()).isEqualTo(1000);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    static HistoryQuery oneDay() {
        return HistoryQuery.between(LocalDate.of(2026, 8, 21), LocalDate.of(2026, 8, 21));
    }

    /** A page of {@code n} small records; {@code total} &lt; 0 leaves qtd_total_resultados out. */
    static String page(int n, int total) {
        int first = IDS.getAndAdd(n);
        String records = IntStream.range(first, first + n)
                .mapToObj(i -> "{\"chamada_id\":\"" + i + "\",\"data\":\"21/08/2026 13:28:27\",\"origem\":\"loja-202\","
                        + "\"destino\":\"011987654321\",\"status\":\"1\",\"duracao\":\"00:00:10\"}")
                .collect(Collectors.joining(","));
        return "{\"http_response_code\":200,\"mensagem\":\"ok\","
                + (total >= 0 ? "\"qtd_total_resultados\":" + total + "," : "")
                + "\"qtd_resultados_retornados\":" + n + ",\"dados\":[" + records + "]}";
    }
}
