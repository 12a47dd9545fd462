package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxAuthFailed;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxRateLimited;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.pabx.PabxUnavailable;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.PbxQueryFailed;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become answers: {@code {"error":{"code","message"}}} with a pt-BR
 * sentence, the HTTP status saying whose fault it was. Never a stack trace on the wire.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(PermissionDenied.class, (e, ctx) -> send(ctx, 403, "forbidden", e.getMessage()));
        app.exception(InvalidInput.class, (e, ctx) -> send(ctx, 400, "invalid_input", e.getMessage()));
        app.exception(InvalidPhoneNumber.class, (e, ctx) -> send(ctx, 400, "invalid_phone", e.getMessage()));
        app.exception(PbxQueryFailed.class, (e, ctx) -> send(ctx, 503, "pbx_unavailable", e.getMessage()));
        app.exception(PabxException.class, (e, ctx) -> pbx(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, e.getStatus()));
        app.exception(Exception.class, (e, ctx) -> {
            // The route and the exception's classes only: a message can carry SQL with its arguments
            // (a phone number, a note) or a path with ids.
            if (BusyDatabase.is(e)) {
                LOG.info("API {} {}: the database was busy ({}); answered 503", ctx.method(), routeOf(ctx),
                        ErrorChain.of(e));
                ctx.header("Retry-After", "2");
                send(ctx, 503, "database_busy", messages.get("api.error.databaseBusy"));
                return;
            }
            LOG.warn("API {} {} falhou: {}", ctx.method(), routeOf(ctx), ErrorChain.of(e));
            send(ctx, 500, "internal", messages.get("api.error.internal"));
        });
        app.error(404, ctx -> {
            if (!ctx.result().isEmpty() && ctx.result().startsWith("{\"error\"")) {
                return;
            }
            send(ctx, 404, "not_found", messages.get("api.error.notFound"));
        });
        app.error(405, ctx -> send(ctx, 405, "method_not_allowed", messages.get("api.error.notFound")));
        app.error(413, ctx -> send(ctx, 413, "too_large", messages.get("api.error.tooLarge")));
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            return "(sem rota)";
        }
    }

    private void pbx(Context ctx, PabxException e) {
        switch (e) {
            case PabxRejected r -> send(ctx, 422, "pbx_rejected",
                    messages.get("api.error.pbxRejected", r.pbxMessage() == null ? "" : r.pbxMessage()));
            case PabxAuthFailed a -> send(ctx, 502, "pbx_auth_failed", messages.get("api.error.pbxAuth"));
            case PabxRateLimited l -> send(ctx, 503, "pbx_rate_limited", messages.get("api.error.pbxUnavailable"));
            case PabxUnavailable u -> send(ctx, 503, "pbx_unavailable", messages.get("api.error.pbxUnavailable"));
            default -> send(ctx, 502, "pbx_error", messages.get("api.error.pbxProtocol"));
        }
    }

    private void framework(Context ctx, int status) {
        switch (status) {
            case 413 -> send(ctx, 413, "too_large", messages.get("api.error.tooLarge"));
            case 404 -> send(ctx, 404, "not_found", messages.get("api.error.notFound"));
            case 400 -> send(ctx, 400, "bad_request", messages.get("api.error.badRequest"));
            default -> send(ctx, status, "error", messages.get("api.error.internal"));
        }
    }

    static void send(Context ctx, int status, String code, String message) {
        RefusalAudit.noteCode(ctx, code);
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message)));
    }
}
