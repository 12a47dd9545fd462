package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.OperatorControl;
import br.com.jttelecom.console.service.OperatorStatus;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Queue login, logout and pauses of this console's operator ({@code agent.operator.id}), the same
 * {@link OperatorControl} as the call panel: one console drives one operator, so another id is 404.
 */
final class OperatorRoutes {

    private static final String BASE = "/api/telephony/operators/{id}/";
    private final ApiServices services;

    OperatorRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        action(server, "login", (op, ctx) -> op.login());
        action(server, "logout", (op, ctx) -> op.logout());
        action(server, "pause", (op, ctx) -> {
            String reason = JsonBodies.text(JsonBodies.object(ctx, services.messages()), "reason");
            if (reason == null) {
                throw new ApiException(400, "invalid_input", services.messages().get("api.operator.noReason"));
            }
            op.pause(reason);
        });
        action(server, "unpause", (op, ctx) -> op.unpause());
    }

    private void action(ApiServer server, String name, BiConsumer<OperatorControl, Context> work) {
        server.secured(HandlerType.POST, BASE + name, ApiServer.ANY_ROLE, ctx -> {
            OperatorControl op = services.operator().orElseThrow(() ->
                    new ApiException(503, "pbx_unavailable", services.messages().get("api.error.pbxUnavailable")));
            String own = services.agent().map(a -> a.operatorId()).orElse(null);
            if (own == null || !own.equals(ctx.pathParam("id"))) {
                throw new ApiException(404, "not_found", services.messages().get("api.operator.notThisConsole"));
            }
            work.accept(op, ctx);
            ctx.json(status(op.status()));
        });
    }

    private static Map<String, Object> status(OperatorStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("since", s.since() == null ? null : s.since().toString());
        m.put("reason", s.reason());
        return m;
    }
}
