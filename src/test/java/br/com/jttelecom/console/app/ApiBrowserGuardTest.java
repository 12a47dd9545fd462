package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.app.RawHttp.Framing;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page in the agent's browser can send to the API, written on a raw socket: a text/plain
 * post from any Origin (no preflight), and any Host (a DNS-rebinding name pointed at 127.0.0.1).
 * None of it reaches a route; the console's own names and a missing Origin still work.
 */
class ApiBrowserGuardTest {

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

    private static RawHttp.Reply login(String password, Map<String, String> headers) {
        return RawHttp.send(api.server.port(), "POST", "/api/auth/login", headers,
                "{\"login\":\"supervisor\",\"password\":\"" + password + "\"}", Framing.LENGTH);
    }

    @Test
    void aTextPlainLoginFromAForeignPageIsRefusedAndLocksNothing() {
        for (int i = 0; i < 6; i++) {
            RawHttp.Reply r = login("errada", Map.of("Content-Type", "text/plain", "Origin", "http://evil.example"));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.body()).contains("\"foreign_origin\"");
        }
        for (int i = 0; i < 6; i++) {
            RawHttp.Reply r = login("errada", Map.of("Content-Type", "text/plain;charset=UTF-8"));
            assertThat(r.status()).isEqualTo(415);
            assertThat(r.contentType()).startsWith("application/json");
        }
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json")).status()).isEqualTo(200);
    }

    @Test
    void aForeignOriginIsRefusedEvenWithJsonAndTheConsolesOwnIsAccepted() {
        int port = api.server.port();
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json", "Origin", "null")).status())
                .isEqualTo(403);
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json",
                "Origin", "http://127.0.0.1:" + port + ".evil.example")).status()).isEqualTo(403);
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json",
                "Origin", "http://localhost:" + port)).status()).isEqualTo(200);
    }

    @Test
    void anyHostButTheConsolesOwnIsRefused() {
        int port = api.server.port();
        for (String host : new String[]{"rebind.evil.example:" + port, "127.0.0.1", "127.0.0.1:1",
                "localhost.evil.example:" + port, ""}) {
            RawHttp.Reply r = login("supervisor123", Map.of("Content-Type", "application/json", "Host", host));
            assertThat(r.status()).as(host).isEqualTo(400);
            assertThat(r.body()).as(host).contains("\"wrong_host\"");
        }
        RawHttp.Reply health = RawHttp.send(port, "GET", "/api/telephony/health",
                Map.of("Host", "rebind.evil.example:" + port), null, Framing.NONE);
        assertThat(health.status()).isEqualTo(400);
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json", "Host", "localhost:" + port))
                .status()).isEqualTo(200);
        assertThat(login("supervisor123", Map.of("Content-Type", "application/json", "Host", "LOCALHOST:" + port))
                .status()).isEqualTo(200);
    }
}
