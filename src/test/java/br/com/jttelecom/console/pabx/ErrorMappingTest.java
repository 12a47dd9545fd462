package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMappingTest extends PabxTestSupport {

    @Test
    void htmlBadGatewayIsUnavailableAndKeepsTheFirst200CharactersInItsCause() {
        String html = fixture("erro-html-502.html");
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(html).build());
        }
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.SERVER_ERROR);
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.getMessage()).contains("502").doesNotContain("<");
                    assertThat(e.getCause()).isInstanceOfSatisfying(PabxProtocolError.class, p -> {
                        assertThat(p.kind()).isEqualTo(PabxProtocolError.Kind.HTML);
                        assertThat(p.bodyStart()).isEqualTo(html.substring(0, Math.min(200, html.length())));
                    });
                });
        assertThat(server.getRequestCount()).as("a read is retried on a 5xx page").isEqualTo(3);
    }

    @Test
    void longHtmlBodyIsCutToTwoHundredCharacters() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>" + "x".repeat(1000) + "</html>").build());
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxProtocolError.class, e -> assertThat(e.bodyStart()).hasSize(200));
    }

    @Test
    void htmlWithoutContentTypeIsDetectedByItsFirstByte() {
        server.enqueue(new MockResponse.Builder().code(200).body("\n  <!DOCTYPE html><p>login</p>").build());
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxProtocolError.class);
    }

    @Test
    void truncatedJsonIsAProtocolError() {
        String full = fixture("historico-pagina.json");
        server.enqueue(ok(full.substring(0, full.length() / 2)));
        assertThatThrownBy(() -> client.history(HistoryClientTest.oneDay()).toList())
                .isInstanceOfSatisfying(PabxProtocolError.class, e -> {
                    assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.MALFORMED_JSON);
                    assertThat(e.bodyStart()).isEqualTo(full.substring(0, 200));
                });
    }

    @Test
    void jsonWithoutEnvelopeOnAListIsAProtocolError() {
        server.enqueue(ok("{\"foo\":1}"));
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxProtocolError.class,
                        e -> assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.MISSING_ENVELOPE));
    }

    @Test
    void http404WithAJsonMessageButNoCodeOnAListIsEmpty() {
        server.enqueue(json(404, "{\"mensagem\":\"Nenhum registro encontrado\"}"));
        assertThat(client.listCampaigns()).isEmpty();
    }

    @Test
    void emptyBodyOnAListIsAProtocolError() {
        server.enqueue(ok(""));
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxProtocolError.class);
    }

    @Test
    void emptyBodyWithHttp200OnAWriteIsASuccess() {
        server.enqueue(ok(""));
        assertThat(client.deleteExtension("5").code()).isEqualTo(-1);
    }

    @ParameterizedTest(name = "HTTP {0} with the auth fixture is PabxAuthFailed")
    @ValueSource(ints = {200, 401})
    void invalidCredentialsFixtureIsAuthFailedWhateverTheHttpStatus(int http) {
        server.enqueue(json(http, fixture("autenticacao-invalida.json")));
        assertThatThrownBy(() -> client.listExtensions())
                .isInstanceOfSatisfying(PabxAuthFailed.class, e -> {
                    assertThat(e.pbxMessage()).isEqualTo("Dados de autenticação inválidos");
                    assertThat(e.getMessage()).contains("token").doesNotContain(TOKEN);
                    assertThat(e.action()).isEqualTo("listar_ramais");
                });
    }

    @Test
    void forbiddenIsAuthFailed() {
        server.enqueue(json(403, ""));
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxAuthFailed.class);
    }

    @Test
    void badRequestCarriesThePbxMessage() {
        server.enqueue(json(400, "{\"http_response_code\":400,\"mensagem\":\"O campo numero é obrigatório\"}"));
        assertThatThrownBy(() -> client.deleteExtension("1"))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.pbxMessage()).isEqualTo("O campo numero é obrigatório");
                    assertThat(e.getMessage()).endsWith("O campo numero é obrigatório");
                });
    }

    @Test
    void bodyCodeWinsOverHttpStatus() {
        server.enqueue(ok("{\"http_response_code\":\"400\",\"mensagem\":\"Função não encontrada.\"}"));
        assertThatThrownBy(() -> client.deleteExtension("1")).isInstanceOf(PabxRejected.class);
    }

    @Test
    void tooManyRequestsCarriesTheRetryAfterWait() {
        useSettings(settings().withRetry(1, Duration.ofMillis(1)));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("").build());
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxRateLimited.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(e.getMessage()).contains("7 segundos");
                });
    }

    @Test
    void serverErrorInTheBodyIsUnavailable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{\"http_response_code\":500,\"mensagem\":\"Erro Interno\"}"));
        }
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.SERVER_ERROR);
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.getMessage()).startsWith("PABX fora do ar");
                });
    }

    @Test
    void readTimeoutIsUnavailableTimeout() {
        useSettings(settings().withRetry(1, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(150), Duration.ofMillis(150)));
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(EMPTY_LIST).build());
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.TIMEOUT));
    }

    @Test
    void dialTimeoutIsUnavailableTimeout() {
        useSettings(settings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMillis(150)));
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(OK_WRITE).build());
        assertThatThrownBy(() -> client.dial("1001", "011999999999", null))
                .isInstanceOfSatisfying(PabxUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.TIMEOUT));
    }

    @Test
    void connectionRefusedIsUnavailableRefused() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        useSettings(settings().withRetry(1, Duration.ofMillis(1)));
        client.close();
        client = new PabxClient(PabxSettings.of("http://127.0.0.1:" + freePort + "/suite/api", USER, TOKEN)
                .withRetry(1, Duration.ofMillis(1)));
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.REFUSED));
    }

    @Test
    void unknownHostIsUnavailableDns() {
        client.close();
        client = new PabxClient(PabxSettings.of("https://pabx.invalid/suite/api", USER, TOKEN)
                .withRetry(1, Duration.ofMillis(1)));
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(PabxUnavailable.Reason.DNS));
    }

    @Test
    void droppedConnectionIsUnavailableNotAnOkHttpException() {
        MockResponse drop = new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket(true, false, false)).build();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return drop;
            }

            @Override
            public MockResponse peek() {
                return drop; // the server decides socket effects from peek(), before dispatching
            }
        });
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxUnavailable.class);
    }

    @Test
    void wrongPathAnsweringHtml404IsNotFoundPath() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
                .body("<html><body>Not Found</body></html>").build());
        assertThatThrownBy(() -> client.listCampaigns())
                .isInstanceOfSatisfying(PabxProtocolError.class,
                        e -> assertThat(e.kind()).isEqualTo(PabxProtocolError.Kind.NOT_FOUND_PATH));
    }

    @Test
    void everyErrorHasAPortugueseSentenceAndNoBundleKeyLeaks() {
        server.enqueue(json(400, "{\"http_response_code\":400}"));
        assertThatThrownBy(() -> client.deleteExtension("1"))
                .isInstanceOfSatisfying(PabxRejected.class,
                        e -> assertThat(e.getMessage()).isEqualTo("O PABX recusou o pedido (código 400)."));
        for (PabxUnavailable.Reason r : PabxUnavailable.Reason.values()) {
            assertThat(new PabxUnavailable("x", r, 0, "(h)", null).getMessage()).doesNotStartWith("pabx.");
        }
        for (PabxProtocolError.Kind k : PabxProtocolError.Kind.values()) {
            assertThat(new PabxProtocolError("x", k, 500, "").getMessage()).doesNotStartWith("pabx.");
        }
    }
}
