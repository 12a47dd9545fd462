package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One audit row per refused request (401, 403, and a Host that is not the console's): who (the
 * token's user, else "anônimo"), what (method and route), why (the error code and the source
 * address). A source gets at most {@link #PER_MINUTE} rows a minute, then one row saying the rest
 * is left out, so a flood cannot fill the trail. A wrong password is audited by the accounts.
 */
final class RefusalAudit {

    static final String ACTION = "api.recusa";
    static final int PER_MINUTE = 20;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_SOURCES = 10_000;
    private static final String CODE = "jt.error.code";

    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Window> sources = new ConcurrentHashMap<>();

    private static final class Window {
        Instant start;
        int rows;
    }

    RefusalAudit(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Remembers the error code of the answer, for {@link #afterRequest}. */
    static void noteCode(Context ctx, String code) {
        ctx.attribute(CODE, code);
    }

    void afterRequest(Context ctx, String route) {
        int status = ctx.statusCode();
        String code = ctx.attribute(CODE);
        boolean refused = status == 401 || status == 403 || "wrong_host".equals(code) || "foreign_origin".equals(code);
        if (!refused || "invalid_credentials".equals(code)) {
            return;
        }
        String source = ctx.req().getRemoteAddr();
        Integer rowNumber = admit(source);
        if (rowNumber == null) {
            return;
        }
        ConsoleUser user = Caller.of(ctx);
        String actor = user == null ? "anônimo" : user.login();
        if (rowNumber > PER_MINUTE) {
            audit.recordAs(actor, ACTION, source, AuditTrail.DENIED,
                    "limite de " + PER_MINUTE + " registros por minuto atingido; demais recusas desta origem omitidas");
            return;
        }
        String target = ctx.method().name() + " " + route;
        audit.recordAs(actor, ACTION, target, AuditTrail.DENIED, status + " " + code + "; origem " + source);
    }

    /** The row's number in its source's minute, or null when it is past the one that says the rest is left out. */
    private Integer admit(String source) {
        Instant now = clock.instant();
        if (sources.size() > MAX_SOURCES) {
            sources.clear();
        }
        Window w = sources.computeIfAbsent(source, s -> new Window());
        synchronized (w) {
            if (w.start == null || !now.isBefore(w.start.plus(WINDOW))) {
                w.start = now;
                w.rows = 0;
            }
            w.rows++;
            return w.rows <= PER_MINUTE + 1 ? w.rows : null;
        }
    }
}
