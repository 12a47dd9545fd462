package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.connection.ConnectionStatus;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.LiveCall;
import br.com.jttelecom.console.service.history.PbxHistoryPage;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Straight to the PBX: the connection test, its history and the calls in progress. */
final class PbxRoutes {

    private final ApiServices services;

    PbxRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        server.secured(HandlerType.GET, "/api/telephony/test-connection", ApiServer.ANY_ROLE, this::testConnection);
        server.secured(HandlerType.GET, "/api/telephony/pabx/history", ApiServer.SUPERVISION, this::history);
        server.secured(HandlerType.GET, "/api/telephony/pabx/online-calls", ApiServer.SUPERVISION, this::online);
    }

    private void testConnection(Context ctx) throws Exception {
        ConnectionStatus status = services.monitor().checkNow().get(30, TimeUnit.SECONDS);
        boolean ok = status.state() == ConnectionState.ONLINE || status.state() == ConnectionState.DEMO;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", ok);
        body.put("state", status.state().name().toLowerCase(java.util.Locale.ROOT));
        body.put("latency_ms", status.lastLatency().map(java.time.Duration::toMillis).orElse(null));
        body.put("message", ok ? services.messages().get("api.connection.ok")
                : status.problem().map(p -> p.in(services.messages())).orElse(services.messages().get("api.error.pbxUnavailable")));
        ctx.status(ok ? 200 : 503).json(body);
    }

    private void history(Context ctx) {
        HistoryFilter filter = CallQuery.filter(ctx, Caller.of(ctx), services.messages());
        Long pageParam = CallQuery.longParam(ctx, "page", services.messages());
        int wanted = pageParam == null ? 1 : (int) Math.max(1, Math.min(pageParam, 1000));
        var pages = services.liveHistory().open(filter);
        Optional<PbxHistoryPage> page = Optional.empty();
        for (int i = 0; i < wanted; i++) {
            page = pages.next();
            if (page.isEmpty()) {
                break;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.map(p -> p.calls().stream().map(CallJson::call).toList()).orElse(java.util.List.of()));
        body.put("page", wanted);
        body.put("total", page.map(PbxHistoryPage::total).orElse(0L));
        body.put("has_more", page.map(PbxHistoryPage::hasMore).orElse(false));
        ctx.json(body);
    }

    private void online(Context ctx) {
        ctx.json(Map.of("data", services.liveHistory().callsInProgress().stream().map(PbxRoutes::live).toList()));
    }

    private static Map<String, Object> live(LiveCall c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("call_id", c.callId());
        m.put("origin", c.origin());
        m.put("destination", c.destination());
        m.put("started", CallJson.time(c.startedAt()));
        m.put("started_pbx", c.started()); // the PBX's own text, for a form this console does not read
        m.put("elapsed", c.elapsed());
        m.put("operator", c.operator());
        m.put("state", c.state());
        return m;
    }
}
