package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.history.HistoryFilter;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /stats}: totals by status and by direction for a period, counted in the local store
 * (the same filters as {@code /calls}; an agent counts their own calls only).
 */
final class StatsRoutes {

    private final ApiServices services;

    StatsRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        server.secured(HandlerType.GET, "/api/telephony/stats", ApiServer.ANY_ROLE, this::stats);
    }

    private void stats(Context ctx) {
        HistoryFilter f = CallQuery.filter(ctx, Caller.of(ctx), services.messages());
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (CallStatus s : CallStatus.values()) {
            byStatus.put(s.code(), services.history().count(with(f, Set.of(s), f.directions())));
        }
        Map<String, Object> byDirection = new LinkedHashMap<>();
        for (Direction d : Direction.values()) {
            byDirection.put(d.code(), services.history().count(with(f, f.statuses(), Set.of(d))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", services.history().count(f));
        body.put("by_status", byStatus);
        body.put("by_direction", byDirection);
        ctx.json(body);
    }

    private static HistoryFilter with(HistoryFilter f, Set<CallStatus> statuses, Set<Direction> directions) {
        return new HistoryFilter(f.preset(), f.customFrom(), f.customTo(), statuses, directions, f.userId(),
                f.extension(), f.leadId(), f.minDuration(), f.maxDuration(), f.notesText());
    }
}
