package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class MetricsAndHealthTest extends PabxTestSupport {

    @Test
    void metricsCountCallsErrorsByTypeAndLatencies() {
        server.enqueue(ok(EMPTY_LIST));
        server.enqueue(ok(EMPTY_LIST));
        server.enqueue(json(400, "{\"http_response_code\":400,\"mensagem\":\"x\"}"));
        client.listCampaigns();
        client.listCampaigns();
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxRejected.class);

        PabxMetrics.ActionSnapshot s = client.metrics().snapshot().actions().get("listar_campanhas");
        assertThat(s.calls()).isEqualTo(3);
        assertThat(s.errors()).containsEntry("PabxRejected", 1L);
        assertThat(s.p50()).isPositive();
        assertThat(s.p99()).isGreaterThanOrEqualTo(s.p95()).isGreaterThanOrEqualTo(s.p50());
        assertThat(client.metrics().snapshot().toString()).contains("listar_campanhas").contains("calls=3")
                .contains("PabxRejected=1");
        assertThat(client.metrics().snapshot().totalErrors()).isEqualTo(1);
    }

    @Test
    void percentilesComeFromRecordedLatencies() {
        PabxMetrics m = new PabxMetrics();
        for (int i = 1; i <= 100; i++) {
            m.record("a", Duration.ofMillis(i).toNanos(), null);
        }
        var s = m.snapshot().actions().get("a");
        assertThat(s.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(s.p95()).isEqualTo(Duration.ofMillis(95));
        assertThat(s.p99()).isEqualTo(Duration.ofMillis(99));
    }

    @Test
    void testConnectionAsksForOneExtensionAndReportsLatency() throws Exception {
        server.enqueue(okFixture("ramais-pagina.json"));
        ConnectionReport r = client.testConnection();
        assertThat(r.ok()).isTrue();
        assertThat(r.failure()).isEqualTo(ConnectionReport.Failure.NONE);
        assertThat(r.latency()).isPositive();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).startsWith("Conexão com o PABX funcionando");
        RecordedRequest req = take();
        assertThat(req.getUrl().encodedPath()).isEqualTo("/suite/api/listar_ramais");
        assertThat(new ObjectMapper().readTree(body(req)).get("quantidade").asInt()).isEqualTo(1);
    }

    @Test
    void testConnectionOnAnAccountWithoutExtensionsIsStillOk() {
        server.enqueue(json(404, "{\"http_response_code\":404,\"mensagem\":\"Nenhum ramal encontrado\"}"));
        assertThat(client.testConnection().ok()).isTrue();
    }

    @Test
    void testConnectionReportsBadCredentials() {
        server.enqueue(json(401, fixture("autenticacao-invalida.json")));
        ConnectionReport r = client.testConnection();
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo(ConnectionReport.Failure.AUTH);
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("credenciais");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void testConnectionReportsHtmlAndWrongPath() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html><p>login</p></html>").build());
        assertThat(client.testConnection().failure()).isEqualTo(ConnectionReport.Failure.HTML);
        server.enqueue(new MockResponse.Builder().code(502).body(fixture("erro-html-502.html")).build());
        assertThat(client.testConnection().failure()).isEqualTo(ConnectionReport.Failure.SERVER_ERROR);
        server.enqueue(new MockResponse.Builder().code(404).body("<html>Not Found</html>").build());
        assertThat(client.testConnection().failure()).isEqualTo(ConnectionReport.Failure.NOT_FOUND_PATH);
    }

    @Test
    void testConnectionReportsRefusedAndDns() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PabxClient c = new PabxClient(PabxSettings.of("http://127.0.0.1:" + port + "/suite/api", USER, TOKEN))) {
            assertThat(c.testConnection().failure()).isEqualTo(ConnectionReport.Failure.REFUSED);
        }
        try (PabxClient c = new PabxClient(PabxSettings.of("https://pabx.invalid/suite/api", USER, TOKEN))) {
            assertThat(c.testConnection().failure()).isEqualTo(ConnectionReport.Failure.DNS);
        }
    }

    @Test
    void testConnectionReportsTimeout() {
        useSettings(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(150), Duration.ofMillis(150)));
        server.enqueue(new MockResponse.Builder().headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                .body(EMPTY_LIST).build());
        assertThat(client.testConnection().failure()).isEqualTo(ConnectionReport.Failure.TIMEOUT);
    }

    @Test
    void testConnectionReportsTlsFailureWhenTheServerDoesNotSpeakTls() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answerer = Thread.ofVirtual().start(() -> {
                try (var s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the client hung up first: nothing to answer
                }
            });
            ConnectionReport r;
            try (PabxClient c = new PabxClient(PabxSettings.of("https://127.0.0.1:" + plain.getLocalPort()
                    + "/suite/api", USER, TOKEN))) {
                r = c.testConnection();
            }
            answerer.join(Duration.ofSeconds(5));
            assertThat(r.failure()).isEqualTo(ConnectionReport.Failure.TLS);
            assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("certificado");
        }
    }
}
