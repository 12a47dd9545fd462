package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recordings fetched from the real simulator, and the old link's HTML answer refused. */
class RecordingsTest {

    @TempDir
    Path folder;
    PbxSimulator sim;
    PabxClient client;
    HttpServer oldLink;
    Recordings recordings;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.builder().user("demo").token("t").seed(11L).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)));
        oldLink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        oldLink.createContext("/html", ex -> answer(ex, "text/html; charset=UTF-8"));
        oldLink.createContext("/disguised", ex -> answer(ex, "application/octet-stream"));
        oldLink.start();
        recordings = new Recordings(folder);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, String type) throws java.io.IOException {
        byte[] page = "<!DOCTYPE html><html><body>Faça login</body></html>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, page.length);
        ex.getResponseBody().write(page);
        ex.close();
    }

    @AfterEach
    void stop() {
        oldLink.stop(0);
        client.close();
        sim.close();
    }

    @Test
    void aRecordingOfTheSimulatorDownloadsAsAWavFile() throws Exception {
        String url = recordedCall().recordingUrl();

        Path file = recordings.download(url);

        byte[] head = Files.readAllBytes(file);
        assertThat(file.getFileName().toString()).endsWith(".wav");
        assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(head.length).isGreaterThan(1000);
    }

    @Test
    void aRecordingTheSimulatorDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> recordings.download(sim.rootUrl() + "/suite/gravacoes/nao-existe.wav"))
                .isInstanceOf(RecordingUnavailable.class)
                .extracting(e -> ((RecordingUnavailable) e).reason()).isEqualTo(RecordingUnavailable.Reason.NOT_FOUND);
    }

    @Test
    void anHtmlPageAnsweredWithStatus200IsRefusedAsNotAudio() {
        String url = "http://127.0.0.1:" + oldLink.getAddress().getPort() + "/html";
        assertThatThrownBy(() -> recordings.download(url))
                .isInstanceOf(RecordingUnavailable.class)
                .extracting(e -> ((RecordingUnavailable) e).reason()).isEqualTo(RecordingUnavailable.Reason.NOT_AUDIO);
    }

    @Test
    void anHtmlPageLabelledAsBinaryIsRefusedByItsFirstBytes() {
        String url = "http://127.0.0.1:" + oldLink.getAddress().getPort() + "/disguised";
        assertThatThrownBy(() -> recordings.download(url))
                .isInstanceOf(RecordingUnavailable.class)
                .extracting(e -> ((RecordingUnavailable) e).reason()).isEqualTo(RecordingUnavailable.Reason.NOT_AUDIO);
    }

    @Test
    void aCallWithoutALinkIsMissing() {
        assertThatThrownBy(() -> recordings.download(" "))
                .isInstanceOf(RecordingUnavailable.class)
                .extracting(e -> ((RecordingUnavailable) e).reason()).isEqualTo(RecordingUnavailable.Reason.MISSING);
    }

    @Test
    void anUnreachableServerIsANetworkError() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> recordings.download("http://127.0.0.1:" + closedPort + "/x.wav"))
                .isInstanceOf(RecordingUnavailable.class)
                .extracting(e -> ((RecordingUnavailable) e).reason()).isEqualTo(RecordingUnavailable.Reason.NETWORK);
    }

    /** A recorded call from the simulator's seeded history, with its link as the PBX gives it. */
    Call recordedCall() {
        return HistoryFixture.recordedCall(sim, client);
    }
}
