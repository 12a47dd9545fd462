package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.ApiSettings;
import br.com.jttelecom.console.api.Route;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the server registers (read from the server, so a new route is covered the day it is
 * added): without a token it is 401, a malformed body is 400 and an oversized one 413, and every error
 * is exactly {@code {"error":{"code","message"}}} with a Portuguese sentence and no stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEveryRouteTest {

    /** Open on purpose: the login, the webhook (its own secret), health and metrics. */
    private static final Set<String> OPEN = Set.of("/api/auth/login", "/api/telephony/webhook/call-status",
            "/api/telephony/health", "/metrics");

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

    Stream<Route> secured() {
        return api.server.routes().stream().filter(r -> !OPEN.contains(r.path()));
    }

    Stream<Route> withBody() {
        return api.server.routes().stream().filter(r -> r.method().equals("post") || r.method().equals("put"));
    }

    /** {@code {id}} as a number the routes accept (1: the demo's first call, extension, operator). */
    private static String path(Route r) {
        return r.path().replace("{id}", "1");
    }

    private static String token(Route r) {
        return OPEN.contains(r.path()) ? null : api.login("admin");
    }

    private static Map<String, String> headers(Route r) {
        return r.path().endsWith("/call-status") ? Map.of("X-Webhook-Secret", api.webhookSecret()) : Map.of();
    }

    /** The error envelope, exactly: one "error" with a code and a pt-BR message, nothing else. */
    static void assertErrorShape(ApiFixture.Reply r) {
        assertThat(r.contentType()).as(r.body()).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.fieldNames()).toIterable().containsExactly("error");
        assertThat(body.get("error").fieldNames()).toIterable().containsExactlyInAnyOrder("code", "message");
        assertThat(body.at("/error/code").asText()).matches("[a-z_]+");
        String message = body.at("/error/message").asText();
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null");
        assertThat(message).as("Portuguese, not the English bundle")
                .doesNotContainIgnoringCase("not found").doesNotContainIgnoringCase("invalid ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secured")
    void withoutATokenEverySecuredRouteIs401(Route route) {
        ApiFixture.Reply r = api.send(route.method().toUpperCase(), path(route), null,
                route.method().equals("get") || route.method().equals("delete") ? null : "{}", Map.of());
        assertThat(r.status()).as(route + " " + r.body()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("unauthorized");
        assertErrorShape(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void aMalformedBodyIs400WithTheErrorEnvelope(Route route) {
        ApiFixture.Reply r = api.send(route.method().toUpperCase(), path(route), token(route),
                "{\"numero_destino\": \"119\", \"reason\": ", headers(route));
        assertThat(r.status()).as(route + " " + r.body()).isEqualTo(400);
        assertErrorShape(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void anArrayOrAScalarWhereAnObjectBelongsIs400(Route route) {
        for (String body : List.of("[1,2]", "42", "\"texto\"")) {
            ApiFixture.Reply r = api.send(route.method().toUpperCase(), path(route), token(route), body, headers(route));
            assertThat(r.status()).as(route + " " + body + " " + r.body()).isEqualTo(400);
            assertErrorShape(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void anOversizedBodyIs413WithTheErrorEnvelope(Route route) {
        String big = "{\"notes\":\"" + "a".repeat(ApiSettings.MAX_WEBHOOK_BYTES + 10) + "\"}";
        ApiFixture.Reply r = api.send(route.method().toUpperCase(), path(route), token(route), big, headers(route));
        assertThat(r.status()).as(route.toString()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("too_large");
        assertErrorShape(r);
    }

    @Test
    void aWrongMethodAndAnUnknownPathAreJsonErrorsToo() {
        assertErrorShape(api.get("/api/telephony/nada", api.login("admin")));
        ApiFixture.Reply wrongMethod = api.send("PATCH", "/api/telephony/calls", api.login("admin"), "{}", Map.of());
        assertThat(wrongMethod.status()).isIn(404, 405);
        assertErrorShape(wrongMethod);
    }
}
