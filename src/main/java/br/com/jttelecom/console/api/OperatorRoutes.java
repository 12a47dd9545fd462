package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.operator.AgentActions;
import br.com.jttelecom.console.service.operator.OperatorStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Queue login, logout and pauses of a PBX operator ({@code {id}} = {@code operador_id}) through
 * {@link AgentActions}: an agent their own operator, a supervisor also their team's, an admin anyone's
 * (the service checks it, 403 otherwise).
 */
final class OperatorRoutes {

    private static final String BASE = "/api/telephony/operators/{id}/";
    private final ApiServices services;

    OperatorRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        action(server, "login", (agents, ctx, body) -> agents.login(id(ctx)));
        action(server, "logout", (agents, ctx, body) -> agents.logout(id(ctx)));
        action(server, "pause", (agents, ctx, body) -> agents.pause(id(ctx), JsonBodies.text(body, "reason")));
        action(server, "unpause", (agents, ctx, body) -> agents.unpause(id(ctx)));
    }

    /** One operator action; its body is optional but, when sent, must be a JSON object (malformed: 400). */
    private interface Action {
        OperatorStatus apply(AgentActions agents, Context ctx, JsonNode body);
    }

    private void action(ApiServer server, String name, Action work) {
        server.secured(HandlerType.POST, BASE + name, ApiServer.ANY_ROLE, ctx -> {
            JsonNode body = JsonBodies.object(ctx, services.messages());
            AgentActions agents = services.agents().orElseThrow(() ->
                    new ApiException(503, "pbx_unavailable", services.messages().get("api.error.pbxUnavailable")));
            ctx.json(status(work.apply(agents, ctx, body)));
        });
    }

    /** The PBX's operator ids are digits: anything else names no operator. */
    private String id(Context ctx) {
        String id = ctx.pathParam("id").trim();
        if (!id.matches("\\d{1,18}")) {
            throw new ApiException(404, "not_found", services.messages().get("api.operator.notFound"));
        }
        return id;
    }

    private static Map<String, Object> status(OperatorStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("since", CallJson.time(s.since()));
        m.put("reason", s.reason());
        m.put("pending_pause", s.pendingPause());
        return m;
    }
}
