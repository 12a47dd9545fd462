package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cap on one answer, at its edges: declared too long, chunked too long, exactly at the cap. */
class ResponseSizeCapTest extends PabxTestSupport {

    private static final int CAP = 4096;

    @BeforeEach
    void smallCap() {
        useSettings(settings().withMaxResponseBytes(CAP));
    }

    /** A valid list answer of exactly {@code size} bytes (padded with spaces, which JSON ignores). */
    private static String listOf(int size) {
        String json = "{\"http_response_code\":200,\"dados\":[{\"campanha_id\":\"1\",\"nome\":\"Vendas\"}]}";
        return json + " ".repeat(size - json.length());
    }

    @Test
    void anAnswerExactlyAtTheCapIsRead() {
        server.enqueue(ok(listOf(CAP)));
        assertThat(client.listCampaigns()).hasSize(1);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefused() {
        server.enqueue(ok(listOf(CAP + 1)));
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOfSatisfying(PabxProtocolError.class, e -> {
            assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.TOO_LARGE);
            assertThat(e.httpStatus()).isEqualTo(200);
        });
        assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedWhileCounting() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .chunkedBody(new Buffer().writeUtf8(listOf(CAP * 4)), 512).build());
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOfSatisfying(PabxProtocolError.class,
                e -> assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.TOO_LARGE));
    }

    @Test
    void theMessageNamesTheCapInMegabytes() {
        PabxProtocolError e = PabxProtocolError.tooLarge("listar_historico_chamada", 200, 32L * 1024 * 1024);
        assertThat(e.getMessage()).startsWith("O PABX mandou uma resposta grande demais (mais de 32 MB)");
    }

    @Test
    void theDefaultCapLeavesRoomForTheLargestLegitimatePage() {
        // 1000 records (the PBX's page limit) of 16 KB each, transcript and summary included, still fit.
        assertThat(PabxSettings.of("https://pbx.example/suite/api", "u", "t").maxResponseBytes())
                .isEqualTo(PabxSettings.DEFAULT_MAX_RESPONSE_BYTES).isGreaterThanOrEqualTo(1000L * 16 * 1024);
    }
}
