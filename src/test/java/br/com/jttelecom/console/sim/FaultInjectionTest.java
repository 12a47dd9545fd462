package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultInjectionTest {

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private Request listRamais() {
        return client.request("GET", client.url("listar_ramais", Map.of()), null, true);
    }

    @Test
    void latencyDelaysTheAnswerThenLetsItThrough() {
        sim.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();

        SimClient.Reply r = client.get("listar_ramais", Map.of());

        assertThat(r.code()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void connectionResetIsAnIOExceptionForTheClient() {
        sim.faults().connectionReset();

        assertThatThrownBy(() -> client.execute(listRamais())).isInstanceOf(IOException.class);
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorIsAnNginxHtmlPage(int status) throws IOException {
        sim.faults().httpError(status);

        SimClient.Reply r = client.execute(listRamais());

        assertThat(r.status()).isEqualTo(status);
        assertThat(r.headers().get("Content-Type")).startsWith("text/html");
        assertThat(r.body()).startsWith("<html>").contains("<h1>" + status + " ").contains("nginx");
    }

    @Test
    void truncatedJsonIsA200WhoseBodyDoesNotParse() throws IOException {
        sim.faults().truncatedJson();

        SimClient.Reply r = client.execute(listRamais());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"http_response_code\":200");
        assertThatThrownBy(() -> SimClient.JSON.readTree(r.body())).isInstanceOf(IOException.class);
    }

    @Test
    void rateLimitCarriesRetryAfter() throws IOException {
        sim.faults().rateLimited(7);

        SimClient.Reply r = client.execute(listRamais());

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.code()).isEqualTo(429);
        assertThat(r.headers().get("Retry-After")).isEqualTo("7");
    }

    @Test
    void rateLimitCanComeWithoutRetryAfter() throws IOException {
        sim.faults().rateLimited(null);

        SimClient.Reply r = client.execute(listRamais());

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.headers().get("Retry-After")).isNull();
    }

    @Test
    void authIsRevokedAfterNRequests() {
        sim.faults().authRevokedAfter(2);

        assertThat(client.get("listar_ramais", Map.of()).status()).isEqualTo(200);
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(200);
        SimClient.Reply third = client.get("listar_ramais", Map.of());
        assertThat(third.status()).isEqualTo(401);
        assertThat(third.mensagem()).isEqualTo("Dados de autenticação inválidos");
        assertThat(client.get("listar_ramais", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void faultScopedToOneActionAndNextNRequests() {
        sim.faults().add(Fault.httpError(503).onlyFor("listar_dids").times(2));

        assertThat(client.get("listar_ramais", Map.of()).status()).isEqualTo(200);
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(503);
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(503);
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(200);
        assertThat(sim.faults().active()).isEmpty();
    }

    @Test
    void neverEndingBodyTimesTheClientOutAndCloseStillReturnsQuickly() {
        sim.faults().neverEndingBody();
        OkHttpClient impatient = client.http.newBuilder().readTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> new SimClient(sim, impatient).execute(listRamais())).isInstanceOf(IOException.class);

        long start = System.nanoTime();
        sim.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void clearingTheFaultReleasesANeverEndingBody() {
        sim.faults().neverEndingBody();
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
            try {
                return client.execute(listRamais());
            } catch (IOException e) {
                return e;
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> sim.requestCount("listar_ramais") == 1);

        sim.faults().clear();

        await().atMost(5, TimeUnit.SECONDS).until(call::isDone);
        assertThat(client.get("listar_ramais", Map.of()).code()).isEqualTo(200);
    }

    @Test
    void adminEndpointSwitchesFaultsAtRunTime() throws IOException {
        HttpUrl admin = HttpUrl.get(sim.rootUrl() + "/__sim/faults");
        String fault = "{\"kind\":\"RATE_LIMITED\",\"retryAfter\":3,\"action\":\"listar_ramais\",\"times\":1}";

        SimClient.Reply added = client.execute(new Request.Builder().url(admin)
                .post(RequestBody.create(fault, MediaType.get("application/json"))).build());

        assertThat(added.json().path("faults")).hasSize(1);
        assertThat(client.get("listar_ramais", Map.of()).headers().get("Retry-After")).isEqualTo("3");
        assertThat(client.get("listar_ramais", Map.of()).status()).isEqualTo(200);

        client.execute(new Request.Builder().url(admin)
                .post(RequestBody.create("{\"kind\":\"HTTP_ERROR\",\"status\":502}", MediaType.get("application/json"))).build());
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(502);
        SimClient.Reply cleared = client.execute(new Request.Builder().url(admin).delete().build());
        assertThat(cleared.json().path("faults")).isEmpty();
        assertThat(client.get("listar_dids", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void adminEndpointRejectsAnUnknownKind() throws IOException {
        SimClient.Reply r = client.execute(new Request.Builder().url(sim.rootUrl() + "/__sim/faults")
                .post(RequestBody.create("{\"kind\":\"EXPLODE\"}", MediaType.get("application/json"))).build());

        assertThat(r.status()).isEqualTo(400);
        assertThat(sim.faults().active()).isEmpty();
    }
}
