package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Found against the simulator: a bare list comes 20 at a time, so 25 live calls showed as 20. */
class BareListPagingTest extends PabxTestSupport {

    private static String page(int from, int to, int total) {
        String rows = IntStream.range(from, to).mapToObj(i -> "{\"chamada_id\":\"c" + i + "\",\"status\":\"em_conversa\"}")
                .collect(Collectors.joining(","));
        return "{\"http_response_code\":200,\"mensagem\":\"ok\",\"qtd_total_resultados\":" + total
                + ",\"qtd_resultados_retornados\":" + (to - from) + ",\"dados\":[" + rows + "]}";
    }

    @Test
    void onlineCallsBeyondTheDefaultPageAreFetchedFromWhereTheFirstPageEnded() {
        server.enqueue(ok(page(0, 20, 25)));
        server.enqueue(ok(page(20, 25, 25)));

        List<OnlineCallRecord> calls = client.onlineCalls();

        assertThat(calls).extracting(OnlineCallRecord::chamadaId)
                .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> "c" + i).toList());
        RecordedRequest first = take();
        assertThat(first.getMethod()).isEqualTo("GET");
        RecordedRequest second = take();
        assertThat(body(second)).contains("\"pos_registro_inicial\":20").contains("\"quantidade\":1000");
    }

    @Test
    void aCompleteFirstPageIsTheOnlyRequest() {
        server.enqueue(ok(page(0, 3, 3)));
        assertThat(client.listCampaigns()).hasSize(3);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
