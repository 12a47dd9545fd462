package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two resets (before and after the PBX acts), the dripping body and the huge body, seen on the wire. */
class ResetAndBodyFaultsTest {

    private static final String DIAL = "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}";

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private Request dial() {
        return client.request("POST", client.url("discar_numero", Map.of()), DIAL, true);
    }

    private int liveCalls() {
        return client.get("listar_chamadas_online", Map.of()).dados().size();
    }

    @Test
    void aResetBeforeTheRequestIsReadDialsNothing() {
        sim.faults().add(Fault.connectionReset().onlyFor("discar_numero"));

        assertThatThrownBy(() -> client.execute(dial())).isInstanceOf(IOException.class);

        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
        assertThat(liveCalls()).as("the PBX never acted on it").isZero();
    }

    @Test
    void aResetAfterTheRequestIsReadHasAlreadyPlacedTheCall() {
        sim.faults().add(Fault.resetAfterRequest().onlyFor("discar_numero"));

        assertThatThrownBy(() -> client.execute(dial())).isInstanceOf(IOException.class);

        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
        assertThat(liveCalls()).as("the dial rang although its answer never came").isEqualTo(1);
    }

    @Test
    void aSlowDripKeepsEveryReadInsideItsTimeoutUntilCleared() throws IOException {
        sim.faults().slowDrip(Duration.ofMillis(20));
        OkHttpClient impatientReader = client.http.newBuilder().readTimeout(Duration.ofSeconds(2)).build();
        Request request = client.request("GET", client.url("listar_ramais", Map.of()), null, true);

        try (Response r = impatientReader.newCall(request).execute()) {
            BufferedSource body = r.body().source();
            long listStart = body.indexOf((byte) '[');
            assertThat(body.readUtf8(listStart + 1)).startsWith("{\"http_response_code\": 200").endsWith("[");
            // Ten drips, each well inside the 2 s read timeout: the answer is alive, it just never ends.
            assertThat(body.readUtf8(10)).isBlank();
            sim.faults().clear();
            assertThat(body.readUtf8()).as("clearing lets the answer end").isBlank();
        }
    }

    @Test
    void aSlowDripOutlastsAnyReadTimeoutSoOnlyACallTimeoutEndsIt() {
        sim.faults().slowDrip(Duration.ofMillis(20));
        OkHttpClient withCallTimeout = client.http.newBuilder().readTimeout(Duration.ofMillis(500))
                .callTimeout(Duration.ofMillis(800)).build();
        Request request = client.request("GET", client.url("listar_ramais", Map.of()), null, true);
        long start = System.nanoTime();

        assertThatThrownBy(() -> {
            try (Response r = withCallTimeout.newCall(request).execute()) {
                r.body().bytes();
            }
        }).isInstanceOf(InterruptedIOException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void aHugeBodyIsAChunkedListOfTheRequestedSize() throws IOException {
        long size = 8L * 1024 * 1024;
        sim.faults().add(Fault.hugeBody(size).onlyFor("listar_historico_chamada"));
        Request request = client.request("GET", client.url("listar_historico_chamada",
                Map.of("data_inicial", "21/08/2026", "data_final", "21/08/2026")), null, true);

        try (Response r = client.http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Length")).as("nothing to refuse it by in advance").isNull();
            BufferedSource body = r.body().source();
            assertThat(body.readUtf8(30)).startsWith("{\"http_response_code\": 200");
            long total = 30;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
            }
            assertThat(total).as("whole 64 KB blocks of records, then the end").isBetween(size - 64 * 1024, size);
        }
    }

    @Test
    void theAdminEndpointTakesTheNewKinds() throws IOException {
        MediaType json = MediaType.get("application/json");
        for (String f : new String[]{"{\"kind\":\"RESET_AFTER_REQUEST\",\"action\":\"discar_numero\"}",
                "{\"kind\":\"SLOW_DRIP\",\"latencyMillis\":250}", "{\"kind\":\"HUGE_BODY\",\"bodyBytes\":1048576}"}) {
            SimClient.Reply r = client.execute(new Request.Builder().url(sim.rootUrl() + "/__sim/faults")
                    .post(RequestBody.create(f.getBytes(StandardCharsets.UTF_8), json)).build());
            assertThat(r.status()).as(f).isEqualTo(200);
        }
        assertThat(sim.faults().active()).extracting(Fault::kind)
                .containsExactly(Fault.Kind.RESET_AFTER_REQUEST, Fault.Kind.SLOW_DRIP, Fault.Kind.HUGE_BODY);
        assertThat(sim.faults().active().get(1).latencyMillis()).isEqualTo(250);
        assertThat(sim.faults().active().get(2).bodyBytes()).isEqualTo(1_048_576);
    }
}
