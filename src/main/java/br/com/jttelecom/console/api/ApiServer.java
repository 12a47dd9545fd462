package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's local HTTP API: the original module's {@code /api/telephony/*} routes, its login,
 * the PBX webhook and the monitoring endpoints, on Javalin. Every protected route runs as the
 * token's user ({@code Session.callAs}), so the services check permissions and audit exactly as
 * for the window.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);
    static final Set<Role> SUPERVISION = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private final ApiServices services;
    private final ApiSettings settings;
    private final JwtTokens tokens;
    private final ApiErrors errors;
    private final ApiMetrics metrics;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;

    public ApiServer(ApiServices services, ApiSettings settings) {
        this.services = services;
        this.settings = settings;
        this.tokens = new JwtTokens(settings.signingKey().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                services.clock());
        this.errors = new ApiErrors(services.messages());
        this.metrics = new ApiMetrics(services);
        RequestGuard guard = new RequestGuard(services.messages(), settings.bind(), settings.hosts());
        JsonErrorPages jettyErrors = new JsonErrorPages(services.messages());
        RefusalAudit refusals = new RefusalAudit(services.audit(), services.clock());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.useVirtualThreads = true;
            cfg.http.maxRequestSize = ApiSettings.MAX_WEBHOOK_BYTES;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
            // The route pattern, not the path: one series per route, whatever the ids.
            cfg.requestLogger.http((ctx, ms) -> {
                metrics.recordRequest(ctx.method().name(), routeOf(ctx), ctx.statusCode(),
                        java.time.Duration.ofNanos((long) (ms * 1_000_000)));
                refusals.afterRequest(ctx, auditedPath(ctx));
            });
        });
        errors.install(app);
        app.before(ctx -> guard.check(ctx, port()));
        new AuthRoutes(services, tokens).register(this);
        new CallRoutes(services).register(this);
        new PbxRoutes(services).register(this);
        new DirectoryRoutes(services).register(this);
        new OperatorRoutes(services).register(this);
        new StatsRoutes(services).register(this);
        new WebhookRoutes(services, settings).register(this);
        new MonitorRoutes(services, metrics).register(this);
    }

    /** The matched route pattern; a request no route matched has none (and must not get a series per path). */
    private static String routeOf(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** The route pattern, or for a request no route matched its path, cut (the audit escapes what it holds). */
    private static String auditedPath(Context ctx) {
        String route = routeOf(ctx);
        if (!route.equals("unmatched")) {
            return route;
        }
        String path = ctx.path();
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    /** Starts listening; loopback unless the settings name another address. */
    public ApiServer start() {
        app.start(settings.bind(), settings.port());
        LOG.info("API local em http://{}:{}/api", settings.bind(), port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** {@code host:port} as bound, for the start-up line. */
    public String boundAddress() {
        return settings.bind() + ":" + port();
    }

    /** Every route registered, for the OpenAPI check. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    JwtTokens tokens() {
        return tokens;
    }

    /** A route anyone may call (login, webhook with its own secret, monitoring). */
    void open(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method.name().toLowerCase(java.util.Locale.ROOT), path));
        app.addHttpHandler(method, path, handler);
    }

    /** A route that needs a valid token of one of {@code roles}; the handler runs as that user. */
    void secured(HandlerType method, String path, Set<Role> roles, Handler handler) {
        open(method, path, ctx -> {
            ConsoleUser user = authenticate(ctx);
            Caller.set(ctx, user);
            if (!roles.contains(user.role())) {
                throw new ApiException(403, "forbidden", services.messages().get("api.error.forbidden"));
            }
            services.session().callAs(user, () -> {
                try {
                    handler.handle(ctx);
                    return null;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        });
    }

    private ConsoleUser authenticate(Context ctx) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "unauthorized", services.messages().get("api.error.noToken"));
        }
        return tokens.verify(header.substring(7).trim())
                .flatMap(id -> services.accounts().usableById(id)) // deactivated or locked: no longer
                .orElseThrow(() -> new ApiException(401, "unauthorized",
                        services.messages().get("api.error.badToken")));
    }

    @Override
    public void close() {
        app.stop();
    }
}
