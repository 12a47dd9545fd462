package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.app.RawHttp.Framing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests the HTTP server itself refuses before any route (a broken request line, a URI or headers
 * too long, {@code %00} in the path) answer in the API's JSON error shape, and the webhook says
 * precisely what is wrong with a call id that is not UTF-8 or is too long.
 */
class ApiOddRequestsTest {

    private static final String WEBHOOK = "/api/telephony/webhook/call-status";

    @TempDir
    static Path dataDir;
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static RawHttp.Reply raw(String request) {
        return RawHttp.exchange(api.server.port(), request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
    }

    private static void assertJsonError(RawHttp.Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(r.body()).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"error\":").doesNotContain("<html").doesNotContain("Jetty");
    }

    @Test
    void theServersOwnRefusalsAreJson() {
        int port = api.server.port();
        String host = "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n";
        assertJsonError(raw("GET /api/telephony/health HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nBad Header Without Colon\r\nConnection: close\r\n\r\n"), 400);
        assertJsonError(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n"), 414);
        assertJsonError(raw("GET /api/telephony/health HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(20_000)
                + "\r\n\r\n"), 431);
        assertJsonError(raw("GET /api/telephony/calls/1%00 HTTP/1.1\r\n" + host + "\r\n"), 400);
        assertJsonError(raw("GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + host + "\r\n"), 400);
    }

    private static RawHttp.Reply webhook(byte[] body) {
        return RawHttp.exchange(api.server.port(), RawHttp.request(api.server.port(), "POST", WEBHOOK,
                Map.of("X-Webhook-Secret", api.webhookSecret(), "Content-Type", "application/json"), body,
                Framing.LENGTH), Duration.ofSeconds(10));
    }

    @Test
    void aWebhookCallIdThatIsNotUtf8IsRefusedAndNoCallIsMade() {
        byte[] body = {'{', '"', 'c', 'a', 'l', 'l', '_', 'i', 'd', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', ',',
                '"', 's', 't', 'a', 't', 'u', 's', '"', ':', '"', 'm', 'i', 's', 's', 'e', 'd', '"', '}'};
        RawHttp.Reply r = webhook(body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"invalid_encoding\"").contains("UTF-8");
        int replaced = api.runtime.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM calls WHERE external_call_id LIKE '%' || CHAR(65533) || '%'")
                .mapTo(Integer.class).one());
        assertThat(replaced).isZero();
    }

    @Test
    void aSixtyThousandCharacterCallIdIsSaidToBeTooLong() {
        String body = "{\"call_id\":\"" + "9".repeat(60_000) + "\",\"status\":\"missed\"}";
        RawHttp.Reply r = webhook(body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("128").doesNotContain("não traz o id");
    }
}
