package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.accounts.AuditEntry;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in over real HTTP as an attacker would try it: many wrong passwords at once for one account,
 * telling real accounts from missing ones by the answer or its timing, tokens made with the key but
 * without limits, and a token kept while its account is locked.
 */
class ApiSignInHardeningTest {

    private static final String LOGIN = "/api/auth/login";
    private static final String WRONG = "Usuário ou senha incorretos.";

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String body(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    private List<AuditEntry> signIns(String login) {
        return api.asAdmin(() -> api.admin.audit().find(login, "api.login", null, null));
    }

    @Test
    void fortyParallelWrongPasswordsRunAtMostFiveChecksWithDistinctCounters() {
        api.otherTeamAgent("paralela");
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(api.base() + LOGIN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body("paralela", "errada" + i))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        List<HttpResponse<String>> answers = all.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains(WRONG).doesNotContain("bloqueada");
        });
        List<String> checks = signIns("paralela").stream().filter(e -> e.details().startsWith("senha incorreta"))
                .map(AuditEntry::details).toList();
        assertThat(checks).hasSize(5).doesNotHaveDuplicates()
                .contains("senha incorreta (1)", "senha incorreta (4)", "senha incorreta; conta bloqueada");
        assertThat(signIns("paralela").stream().filter(e -> e.result().equals(AuditTrail.DENIED))).hasSize(35);
    }

    /** Median time of a login, in nanoseconds. */
    private static long medianNanos(String login, String password, int times) {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            ApiFixture.Reply r = api.send("POST", LOGIN, null, body(login, password), Map.of());
            took.add(System.nanoTime() - start);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().at("/error/message").asText()).as(login).isEqualTo(WRONG);
        }
        return took.stream().sorted().toList().get(times / 2);
    }

    @Test
    void aMissingALockedAndAWrongAccountAnswerAlikeAndTakeAlike() {
        api.otherTeamAgent("trancada");
        api.otherTeamAgent("aberta");
        for (int i = 0; i < 5; i++) {
            api.send("POST", LOGIN, null, body("trancada", "errada"), Map.of());
        }
        medianNanos("ninguem", "errada", 2); // warm-up of the paths
        long wrong = medianNanos("aberta", "errada", 3);
        long locked = medianNanos("trancada", "errada", 5);
        long missing = medianNanos("ninguem", "errada", 5);
        // One password hash each: a locked or missing account may not answer several times faster.
        assertThat(locked).as("locked %d ns vs wrong %d ns", locked, wrong).isGreaterThan(wrong / 3);
        assertThat(missing).as("missing %d ns vs wrong %d ns", missing, wrong).isGreaterThan(wrong / 3);
        // The window still tells the locked person why.
        assertThat(api.admin.accounts().signIn("trancada", "errada".toCharArray()).message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("bloqueada");
        api.admin.accounts().signOut();
    }

    @Test
    void aTokenStopsWorkingWhileItsAccountIsLocked() {
        api.otherTeamAgent("portadora");
        String token = api.login("portadora", ApiFixture.OTHER_PASSWORD);
        assertThat(api.get("/api/telephony/calls", token).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            api.send("POST", LOGIN, null, body("portadora", "errada"), Map.of());
        }
        ApiFixture.Reply r = api.get("/api/telephony/calls", token);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void aTokenWithoutExpiryIssueTimeOrIssuerOrLastingTooLongIsRefused() {
        Algorithm key = Algorithm.HMAC256(api.signingKey());
        long admin = api.account("admin").id();
        Instant now = Instant.now();
        Map<String, String> tokens = Map.of(
                "no exp", JWT.create().withIssuer("jt-console").withSubject("" + admin).withIssuedAt(now).sign(key),
                "no iat", JWT.create().withIssuer("jt-console").withSubject("" + admin)
                        .withExpiresAt(now.plus(Duration.ofHours(1))).sign(key),
                "no iss", JWT.create().withSubject("" + admin).withIssuedAt(now)
                        .withExpiresAt(now.plus(Duration.ofHours(1))).sign(key),
                "a year", JWT.create().withIssuer("jt-console").withSubject("" + admin).withIssuedAt(now)
                        .withExpiresAt(now.plus(Duration.ofDays(365))).sign(key));
        tokens.forEach((why, token) -> assertThat(api.get("/api/telephony/calls", token).status()).as(why)
                .isEqualTo(401));
        String proper = JWT.create().withIssuer("jt-console").withSubject("" + admin).withIssuedAt(now)
                .withExpiresAt(now.plus(Duration.ofHours(8))).sign(key);
        assertThat(api.get("/api/telephony/calls", proper).status()).isEqualTo(200);
    }
}
