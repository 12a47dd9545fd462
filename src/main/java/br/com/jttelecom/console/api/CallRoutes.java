package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.history.CallDetail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.DialTarget;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.StoredHistoryPage;
import br.com.jttelecom.console.service.history.PageMark;
import br.com.jttelecom.console.service.accounts.Permissions;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The console's own calls: list, detail, notes/outcome, and click-to-call. */
final class CallRoutes {

    private final ApiServices services;
    /** Page marks are opaque objects of the service: the API hands out a short id for each. */
    private final Map<String, PageMark> cursors = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PageMark> eldest) {
                    return size() > 1000;
                }
            });

    CallRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        server.secured(HandlerType.GET, "/api/telephony/calls", ApiServer.ANY_ROLE, this::list);
        server.secured(HandlerType.GET, "/api/telephony/calls/{id}", ApiServer.ANY_ROLE, this::detail);
        server.secured(HandlerType.PUT, "/api/telephony/calls/{id}/update", ApiServer.ANY_ROLE, this::update);
        server.secured(HandlerType.POST, "/api/telephony/click-to-call", ApiServer.ANY_ROLE, this::clickToCall);
    }

    private void list(Context ctx) {
        ConsoleUser caller = Caller.of(ctx);
        HistoryFilter filter = CallQuery.filter(ctx, caller, services.messages());
        if (filter.userId() != null && filter.userId() != caller.id()) {
            services.accounts().byId(filter.userId())
                    .ifPresent(owner -> Permissions.requireActivityOf(services.session(), owner));
        }
        int limit = CallQuery.limit(ctx, services.messages());
        String cursor = ctx.queryParam("cursor");
        PageMark start = null;
        if (cursor != null && !cursor.isBlank()) {
            start = cursors.get(cursor);
            if (start == null) {
                throw new ApiException(400, "invalid_input", services.messages().get("api.calls.badCursor"));
            }
        }
        StoredHistoryPage page = services.history().page(filter, start, limit);
        String phone = digits(ctx.queryParam("phone"));
        List<Map<String, Object>> data = page.calls().stream()
                .filter(c -> phone.isEmpty() || digits(c.phoneNumber()).contains(phone))
                .map(CallJson::call).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        String next = null;
        if (page.hasMore()) {
            next = UUID.randomUUID().toString();
            cursors.put(next, page.next());
        }
        body.put("next_cursor", next);
        ctx.json(body);
    }

    private void detail(Context ctx) {
        CallDetail detail = visibleCall(ctx);
        Map<String, Object> body = CallJson.call(detail.call());
        body.put("logs", detail.events().stream().map(CallJson::event).toList());
        ctx.json(body);
    }

    private void update(Context ctx) {
        // The body first: a malformed request is 400 whether or not the call exists.
        JsonNode body = JsonBodies.object(ctx, services.messages());
        CallDetail detail = visibleCall(ctx);
        long id = detail.call().id();
        if (body.hasNonNull("status")) {
            // The call tracker is the only writer of a call's status (fed by the PBX); see DESIGN.md.
            throw new ApiException(400, "invalid_input", services.messages().get("api.calls.statusReadOnly"));
        }
        if (body.has("notes")) {
            String notes = body.get("notes").isNull() ? null : body.get("notes").asText();
            if (notes != null && notes.length() > 10_000) {
                throw new ApiException(400, "invalid_input", services.messages().get("api.calls.notesTooLong"));
            }
            services.history().saveNotes(id, notes);
        }
        if (body.has("outcome")) {
            services.history().saveOutcome(id, outcome(JsonBodies.text(body, "outcome")));
        }
        ctx.json(CallJson.call(services.history().detail(id).orElseThrow().call()));
    }

    private Outcome outcome(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Outcome.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_input", services.messages().get("api.calls.badOutcome"));
        }
    }

    /** The call of {@code {id}}; the history service refuses one outside the caller's scope (own, team, all). */
    private CallDetail visibleCall(Context ctx) {
        long id = pathId(ctx);
        return services.history().detail(id).orElseThrow(() ->
                new ApiException(404, "not_found", services.messages().get("api.calls.notFound")));
    }

    private void clickToCall(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, services.messages());
        String number = JsonBodies.text(body, "numero_destino");
        if (number == null) {
            throw new ApiException(400, "invalid_input", services.messages().get("api.dial.noNumber"));
        }
        String origin = JsonBodies.text(body, "ramal_origem");
        Long leadId = JsonBodies.number(body, "lead_id", services.messages());
        var agents = services.agents().orElseThrow(() ->
                new ApiException(503, "pbx_unavailable", services.messages().get("api.error.pbxUnavailable")));
        // The service checks who may dial from which extension (own, team's, anyone's) before anything is sent.
        DialResult result = agents.dial(origin, new DialTarget(number, leadId, null, null,
                JsonBodies.texts(body, "variaveis", services.messages()))).join();
        if (!result.started()) {
            int status = switch (result.kind()) {
                case INVALID_NUMBER, INVALID_INPUT -> 400;
                case ALREADY_DIALING -> 409;
                case UNCONFIRMED -> 504; // the PBX's answer was lost: the call may be ringing, check before retrying
                default -> 422;
            };
            throw new ApiException(status, result.kind().name().toLowerCase(Locale.ROOT), result.message());
        }
        String notes = JsonBodies.text(body, "notes");
        if (notes != null && result.callId() != null) {
            services.history().saveNotes(result.callId(), notes);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("call_id", result.callId());
        answer.put("message", result.message());
        ctx.status(201).json(answer);
    }

    static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "not_found", Messages.portuguese().get("api.error.notFound")); // before any service
        }
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }

}
