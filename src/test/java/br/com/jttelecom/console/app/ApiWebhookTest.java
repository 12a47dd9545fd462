package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.ApiSettings;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The PBX's end-of-call webhook over real HTTP: secret, formats, repair, replay, size, garbage. */
class ApiWebhookTest {

    private static final String PATH = "/api/telephony/webhook/call-status";
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

    private ApiFixture.Reply post(String body) {
        return api.send("POST", PATH, null, body, Map.of("X-Webhook-Secret", api.webhookSecret()));
    }

    private Optional<Call> stored(String externalId) {
        return new CallRepository(api.runtime.database().jdbi()).findByExternalId(externalId);
    }

    @Test
    void theSeedBodyForAnUnknownCallIsAcceptedAndStored() {
        ApiFixture.Reply r = post("{\"call_id\":\"pabx_call_123\",\"status\":\"completed\",\"duration\":180,"
                + "\"recording_url\":\"https://pbx.example/rec/123.wav\"}");
        assertThat(r.status()).isEqualTo(202);
        Call call = stored("pabx_call_123").orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.duration().toSeconds()).isEqualTo(180);
        assertThat(call.recordingUrl()).isEqualTo("https://pbx.example/rec/123.wav");
    }

    @Test
    void aReplayedWebhookChangesNothingAndNoWebhookMovesACallBackToInProgress() {
        String body = "{\"call_id\":\"replay-1\",\"status\":\"busy\",\"duration\":0}";
        assertThat(post(body).status()).isEqualTo(202);
        Call first = stored("replay-1").orElseThrow();
        ApiFixture.Reply again = post(body);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("result").asText()).isEqualTo("updated");
        assertThat(stored("replay-1").orElseThrow()).isEqualTo(first);
        ApiFixture.Reply backwards = post("{\"call_id\":\"replay-1\",\"status\":\"in_progress\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(stored("replay-1").orElseThrow().status()).isEqualTo(CallStatus.BUSY);
    }

    @Test
    void theMalformedPbxFixtureIsRepairedAndAccepted() throws Exception {
        String fixture = Files.readString(Path.of("/work/shared/spec/fixtures/webhook-fim-de-chamada-malformado.json"));
        ApiFixture.Reply r = post(fixture);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        Call call = stored("1787312345.4821").orElseThrow();
        assertThat(call.duration().toSeconds()).isEqualTo(66);
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.recordingUrl()).endsWith("/suite/download_audio.php?t=Zm9vYmFy");
        // Stored as E.164, as the sync stores it: the webhook's form would replace the synced number otherwise.
        assertThat(call.phoneNumber()).isEqualTo("+5511987654321");
    }

    @Test
    void aRawControlCharacterInsideAStringIsRepaired() {
        assertThat(post("{\"callid\":\"ctl-1\",\"duracao\":\"00:00:05\",\"origem\":\"a\tb\"}").status()).isEqualTo(202);
    }

    @Test
    void anUnrepairableBodyIs400WithAReason() {
        ApiFixture.Reply r = post("{\"call_id\": \"x\" \"status\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/message").asText()).contains("JSON");
    }

    @Test
    void aBodyWithoutCallIdOrWithABadStatusIs400() {
        assertThat(post("{\"status\":\"completed\"}").status()).isEqualTo(400);
        assertThat(post("{\"call_id\":\"z\",\"status\":\"talvez\"}").status()).isEqualTo(400);
        assertThat(post("{\"call_id\":\"z\",\"duration\":\"muito\"}").status()).isEqualTo(400);
        // Found by WebhookBodyPropertiesTest: an id of control characters only was a 500 from the store.
        assertThat(post("{\"call_id\":\"\\u0000\\u0007\"}").status()).isEqualTo(400);
    }

    @Test
    void aWrongOrMissingSecretIs401AndStoresNothing() {
        String body = "{\"call_id\":\"intruso\",\"status\":\"completed\"}";
        assertThat(api.send("POST", PATH, null, body, Map.of("X-Webhook-Secret", "errado")).status()).isEqualTo(401);
        assertThat(api.send("POST", PATH, null, body, Map.of()).status()).isEqualTo(401);
        assertThat(stored("intruso")).isEmpty();
    }

    @Test
    void theSecretMayTravelInTheQueryString() {
        ApiFixture.Reply r = api.send("POST", PATH + "?secret=" + api.webhookSecret(), null,
                "{\"call_id\":\"query-1\",\"status\":\"missed\"}", Map.of());
        assertThat(r.status()).isEqualTo(202);
    }

    @Test
    void anOversizedBodyIs413() {
        String big = "{\"call_id\":\"big\",\"x\":\"" + "a".repeat(ApiSettings.MAX_WEBHOOK_BYTES) + "\"}";
        ApiFixture.Reply r = post(big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("too_large");
    }

    @Test
    void randomBodiesAreRefusedWith400NeverA500() {
        var strings = Arbitraries.strings().ofMaxLength(200)
                .withChars("{}[]\",:\\ \n\tabc019-é".toCharArray());
        strings.sampleStream().limit(150).forEach(body -> {
            ApiFixture.Reply r = post(body);
            assertThat(r.status()).as(body).isIn(202, 400);
            assertThat(r.contentType()).startsWith("application/json");
        });
    }
}
