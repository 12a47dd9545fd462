package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.app.RawHttp.Framing;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies framed every way HTTP allows, on a raw socket: an over-limit body is refused whether it
 * declares its length or comes chunked, and no route acts on its valid start; a JSON route takes one
 * JSON object in UTF-8 and nothing after it.
 */
class ApiBodyFramingTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    static long call;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
        long agent = api.account("agente").id();
        Instant now = Instant.now();
        call = new CallRepository(api.runtime.database().jdbi()).insert(new Call(null, null, null, agent,
                "+5511999990001", Direction.OUTBOUND, Duration.ofSeconds(42), CallStatus.COMPLETED, now.minusSeconds(60),
                now, null, "framing-1", null, "201", null, null, null, null, null, null, null, null, null)).id();
        token = api.login("agente");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static RawHttp.Reply update(byte[] body, Framing framing, String contentType) {
        return RawHttp.exchange(api.server.port(), RawHttp.request(api.server.port(), "PUT",
                "/api/telephony/calls/" + call + "/update",
                Map.of("Authorization", "Bearer " + token, "Content-Type", contentType), body, framing),
                Duration.ofSeconds(10));
    }

    private static String notes() {
        return api.get("/api/telephony/calls/" + call, token).json().path("notes").asText();
    }

    /** Valid JSON at its start, padded with spaces past 64 KB: a cut body would parse. */
    private static byte[] seventyKb(String notes) {
        String start = "{\"notes\":\"" + notes + "\"}";
        return (start + " ".repeat(70 * 1024 - start.length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOverLimitChunkedUpdateIs413AndSavesNothing() {
        RawHttp.Reply r = update(seventyKb("cortado-chunked"), Framing.CHUNKED, "application/json");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("\"too_large\"");
        assertThat(notes()).isNotEqualTo("cortado-chunked");
    }

    @Test
    void anOverLimitUpdateWithItsLengthIs413Too() {
        RawHttp.Reply r = update(seventyKb("cortado-length"), Framing.LENGTH, "application/json");
        assertThat(r.status()).isEqualTo(413);
        assertThat(notes()).isNotEqualTo("cortado-length");
    }

    @Test
    void anOverLimitChunkedWebhookIs413() {
        String start = "{\"call_id\":\"chunked-big\",\"status\":\"completed\"}";
        byte[] body = (start + " ".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply r = RawHttp.exchange(api.server.port(), RawHttp.request(api.server.port(), "POST",
                "/api/telephony/webhook/call-status", Map.of("X-Webhook-Secret", api.webhookSecret(),
                        "Content-Type", "application/json"), body, Framing.CHUNKED), Duration.ofSeconds(10));
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsTakenWhole() {
        RawHttp.Reply r = update("{\"notes\":\"inteiro\"}".getBytes(StandardCharsets.UTF_8), Framing.CHUNKED,
                "application/json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(notes()).isEqualTo("inteiro");
    }

    @Test
    void trailingTextASecondObjectAndTextPlainAreRefused() {
        for (String body : new String[]{"{\"notes\":\"lixo\"} lixo", "{\"notes\":\"dois\"}{\"notes\":\"x\"}",
                "{\"notes\":\"vírgula\"},"}) {
            RawHttp.Reply r = update(body.getBytes(StandardCharsets.UTF_8), Framing.LENGTH, "application/json");
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.body()).as(body).contains("\"invalid_json\"");
        }
        RawHttp.Reply plain = update("{\"notes\":\"texto\"}".getBytes(StandardCharsets.UTF_8), Framing.LENGTH,
                "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(notes()).isNotIn("lixo", "dois", "vírgula", "texto");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotSavedAsReplacementCharacters() {
        byte[] body = {'{', '"', 'n', 'o', 't', 'e', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        RawHttp.Reply r = update(body, Framing.LENGTH, "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"invalid_encoding\"");
        assertThat(notes()).doesNotContain("\uFFFD");
    }
}
