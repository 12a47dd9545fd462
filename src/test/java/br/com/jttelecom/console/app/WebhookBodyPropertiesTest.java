package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The PBX's end-of-call webhook over real HTTP, fed generated bodies: JSON shaped like the tenant templates
 * (the fields the console reads, with values of every type), the two defects the endpoint repairs, and raw
 * bytes that are not even UTF-8. Every answer is 202 or 400 with a JSON error — never a 500.
 */
class WebhookBodyPropertiesTest {

    private static final String PATH = "/api/telephony/webhook/call-status";
    private static final List<String> KEYS = List.of("call_id", "callid", "chamada_id", "status", "duration", "duracao",
            "data", "timestamp", "direcao", "origem", "destino", "gravacao", "recording_url", "sip_code", "x");

    private static Path dataDir;
    private static ApiFixture api;

    @BeforeContainer
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("jt-webhook-props");
        api = new ApiFixture(dataDir);
    }

    @AfterContainer
    static void stop() throws java.io.IOException {
        api.close();
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 150)
    void webhookShapedJsonIsAcceptedOrRefusedNeverAServerError(@ForAll("webhookJson") String body) {
        check(body.getBytes(StandardCharsets.UTF_8), body);
    }

    /** Found by the property above: a "destino" longer than the number column reached the store and made a 500. */
    @Example
    void aNumberLongerThanItsColumnIsStoredCut() {
        String body = "{\"chamada_id\":3,\"call_id\":-3,\"destino\":\"" + "俩㾎䪙峾坠謂婾햙･䒷".repeat(4) + "\"}";
        check(body.getBytes(StandardCharsets.UTF_8), body);
    }

    @Property(tries = 80)
    void theDefectsTheEndpointRepairsNeverBreakIt(@ForAll("webhookJson") String body, @ForAll boolean trailingComma,
                                                   @ForAll("controlChars") String control) {
        String broken = (trailingComma ? body.replaceFirst("}$", ",}") : body).replaceFirst(":\"", ":\"" + control);
        check(broken.getBytes(StandardCharsets.UTF_8), broken);
    }

    @Property(tries = 80)
    void rawBytesAreRefusedNeverAServerError(@ForAll byte[] body) {
        check(body, "bytes " + java.util.Arrays.toString(body));
    }

    private static void check(byte[] body, String shown) {
        ApiFixture.Reply r = api.sendBytes("POST", PATH, null, body, Map.of("X-Webhook-Secret", api.webhookSecret()));
        assertThat(r.status()).as(shown).isIn(202, 400);
        assertThat(r.contentType()).as(shown).startsWith("application/json");
        if (r.status() == 400) {
            assertThat(r.json().at("/error/message").asText()).as(shown).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> webhookJson() {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(KEYS), value(2)).as((k, v) -> quote(k) + ":" + v);
        return entry.list().ofMaxSize(7).map(l -> l.stream().collect(Collectors.joining(",", "{", "}")));
    }

    @Provide
    Arbitrary<String> controlChars() {
        return Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(0).ofMaxLength(3);
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1e999", "180", "99999999999999999999"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("completed", "busy", "missed", "failed", "in_progress", "entrada", "saida", "inbound",
                        "00:01:06", "01:06", "66", "21/08/2026 13:28:27", "1787312345", "1787312345.4821",
                        "download_audio.php?t=Zm9v", "31/02/2026 99:99:99", "").map(WebhookBodyPropertiesTest::quote),
                Arbitraries.strings().ofMaxLength(40).map(WebhookBodyPropertiesTest::quote));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> nested = Arbitraries.lazy(() -> value(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar),
                Tuple.of(1, nested.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                Tuple.of(1, Combinators.combine(Arbitraries.of(KEYS), nested).as((k, v) -> "{" + quote(k) + ":" + v + "}")));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
