package br.com.jttelecom.console.app;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Login and tokens over real HTTP: who gets in, and every way a token can be wrong. */
class ApiAuthTest {

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

    @Test
    void aConsoleAccountGetsAnEightHourBearerToken() {
        ApiFixture.Reply r = api.send("POST", "/api/auth/login", null,
                "{\"login\":\"supervisor\",\"password\":\"supervisor123\"}", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(r.json().at("/user/role").asText()).isEqualTo("supervisor");
        Instant expires = Instant.parse(r.json().get("expires_at").asText());
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(7), Duration.ofHours(8));
        assertThat(api.get("/api/telephony/calls", r.json().get("token").asText()).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401InPortugueseAndTheWindowSessionStaysEmpty() {
        ApiFixture.Reply r = api.send("POST", "/api/auth/login", null,
                "{\"login\":\"admin\",\"password\":\"errada\"}", Map.of());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().at("/error/message").asText()).isEqualTo("Usuário ou senha incorretos.");
        api.login("admin");
        assertThat(api.admin.session().user()).isEmpty();
    }

    @Test
    void aLoginWithoutPasswordIs400() {
        ApiFixture.Reply r = api.send("POST", "/api/auth/login", null, "{\"login\":\"admin\"}", Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_input");
    }

    @Test
    void noTokenIs401WithAJsonError() {
        ApiFixture.Reply r = api.get("/api/telephony/calls", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.errorCode()).isEqualTo("unauthorized");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at br.com");
    }

    @Test
    void anExpiredTokenIs401() {
        Clock nineHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(9)), ZoneOffset.UTC);
        long adminId = api.admin.accounts().authenticate("admin", "admin123".toCharArray()).user().orElseThrow().id();
        String expired = api.tokensAt(nineHoursAgo).issue(adminId, "admin");
        assertThat(api.get("/api/telephony/calls", expired).status()).isEqualTo(401);
        String fresh = api.tokensAt(Clock.systemUTC()).issue(adminId, "admin");
        assertThat(api.get("/api/telephony/calls", fresh).status()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String forged = JWT.create().withIssuer("jt-console").withSubject("3")
                .withExpiresAt(Instant.now().plusSeconds(3600)).sign(Algorithm.HMAC256("outra-chave"));
        assertThat(api.get("/api/telephony/calls", forged).status()).isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = b64.encodeToString(("{\"iss\":\"jt-console\",\"sub\":\"3\",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes());
        assertThat(api.get("/api/telephony/calls", header + "." + payload + ".").status()).isEqualTo(401);
    }

    @Test
    void anAgentsTokenEditedToNameTheAdminIs401() {
        long adminId = api.admin.accounts().authenticate("admin", "admin123".toCharArray()).user().orElseThrow().id();
        String[] parts = api.login("agente").split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"" + adminId + "\"");
        assertThat(payload).contains("\"sub\":\"" + adminId + "\"");
        String promoted = parts[0] + "." + b64.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(api.get("/api/telephony/calls", promoted).status()).isEqualTo(401);
        assertThat(api.get("/api/telephony/pabx/history", promoted).status()).as("no supervisor route either")
                .isEqualTo(401);
    }

    @Test
    void aTokenWithItsSignatureCutOffIs401() {
        String token = api.login("admin");
        assertThat(api.get("/api/telephony/calls", token.substring(0, token.lastIndexOf('.') + 1)).status())
                .isEqualTo(401);
    }

    @Test
    void garbageInTheAuthorizationHeaderIs401() {
        assertThat(api.get("/api/telephony/calls", "nao.e.jwt").status()).isEqualTo(401);
    }
}
