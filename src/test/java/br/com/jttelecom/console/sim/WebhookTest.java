package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hangUpOneCall(boolean malformed) throws InterruptedException {
        ManualClock clock = SimClock.manual(T0);
        URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?segredo=abc");
        try (PbxSimulator sim = SimTestSupport.manual(clock).webhook(hook, malformed).build().start(0)) {
            new SimClient(sim).post("discar_numero",
                    "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}");
            clock.advance(Duration.ofSeconds(39));
            sim.tick();
            String body = received.poll(10, TimeUnit.SECONDS);
            assertThat(body).isNotNull();
            return body;
        }
    }

    @Test
    void endOfCallPostsTheSpecFieldNames() throws Exception {
        JsonNode n = SimClient.JSON.readTree(hangUpOneCall(false));

        assertThat(n.path("callid").asText()).startsWith(T0.getEpochSecond() + ".");
        assertThat(n.path("data").asText()).isEqualTo("21/08/2026 13:00:39");
        assertThat(n.path("timestamp").asText()).isEqualTo(Long.toString(T0.getEpochSecond() + 39));
        assertThat(n.path("duracao").asText()).isEqualTo("00:29");
        assertThat(n.path("origem").asText()).isEqualTo("demo-201");
        assertThat(n.path("destino").asText()).isEqualTo("011987654321");
        assertThat(n.path("direcao").asText()).isEqualTo("saida");
        assertThat(n.path("gravacao").asText()).contains("/suite/gravacoes/");
    }

    @Test
    void malformedModeSendsATrailingComma() throws Exception {
        String body = hangUpOneCall(true);

        assertThat(body).endsWith(",}");
        assertThatThrownBy(() -> SimClient.JSON.readTree(body)).isInstanceOf(IOException.class);
    }
}
