package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.SignInResult;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Map;

/** {@code POST /api/auth/login}: the console's own accounts (same lock-out and audit) give a token. */
final class AuthRoutes {

    private final ApiServices services;
    private final JwtTokens tokens;

    AuthRoutes(ApiServices services, JwtTokens tokens) {
        this.services = services;
        this.tokens = tokens;
    }

    void register(ApiServer server) {
        server.open(HandlerType.POST, "/api/auth/login", this::login);
    }

    private void login(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, services.messages());
        String login = JsonBodies.text(body, "login");
        String password = body.has("password") ? body.get("password").asText("") : "";
        if (login == null || password.isEmpty()) {
            throw new ApiException(400, "invalid_input", services.messages().get("api.auth.missing"));
        }
        char[] secret = password.toCharArray();
        SignInResult result;
        try {
            result = services.accounts().authenticate(login, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        ConsoleUser user = result.user()
                .orElseThrow(() -> new ApiException(401, "invalid_credentials", result.message().in(Messages.portuguese())));
        String token = tokens.issue(user.id(), user.login());
        ctx.json(Map.of(
                "token", token,
                "token_type", "Bearer",
                "expires_at", CallJson.time(services.clock().instant().plus(JwtTokens.LIFETIME)),
                "user", Map.of("id", user.id(), "login", user.login(), "name", user.displayName(),
                        "role", user.role().name().toLowerCase(java.util.Locale.ROOT))));
    }
}
