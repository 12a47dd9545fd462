package br.com.jttelecom.console.pabx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A real HTTP server on loopback per test, and a client pointed at it with fast test settings. */
abstract class PabxTestSupport {

    static final String USER = "api@loja.com.br";
    static final String TOKEN = "3f2b9c1e-7a44-4c1d-9b1e-5d0c2a8f7e61";

    protected MockWebServer server;
    protected PabxClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new PabxClient(settings());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    /** Fast settings: 10 ms retry base, a generous rate, short timeouts and circuit wait. */
    protected PabxSettings settings() {
        return PabxSettings.of(baseUrl(), USER, TOKEN)
                .withRetry(3, Duration.ofMillis(10))
                .withRequestsPerSecond(1000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withCircuitOpenWait(Duration.ofMillis(200));
    }

    protected String baseUrl() {
        return server.url("/suite/api").toString();
    }

    /** Replace the client (after changing settings); the old one is closed. */
    protected void useSettings(PabxSettings s) {
        client.close();
        client = new PabxClient(s);
    }

    static String fixture(String name) {
        try (InputStream in = PabxTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    static MockResponse okFixture(String name) {
        return ok(fixture(name));
    }

    static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }

    protected RecordedRequest take() {
        try {
            RecordedRequest r = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no request reached the server");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static final String OK_WRITE = "{\"http_response_code\":200,\"mensagem\":\"Operação realizada com sucesso.\"}";
    static final String EMPTY_LIST = "{\"http_response_code\":200,\"mensagem\":\"\",\"qtd_total_resultados\":0,"
            + "\"qtd_resultados_retornados\":0,\"dados\":[]}";
}
