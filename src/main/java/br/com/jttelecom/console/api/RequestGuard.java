package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every request before any route sees it, so a web page open in the agent's browser cannot
 * use the API: the Host must name this console (a DNS-rebinding page sends its own name), an Origin,
 * when sent, must be the console's own, and a body must say it is JSON (a page can post text/plain
 * to any address without asking first; application/json needs a preflight the API never answers).
 * The webhook is exempt from the content type only: the PBX sends none, and its secret protects it.
 */
final class RequestGuard {

    private final Messages messages;
    private final Set<String> hostNames;

    /**
     * @param extraHosts names other machines use to reach this console ({@code api.hosts}), beside
     *                   the loopback ones and a specific bind address
     */
    RequestGuard(Messages messages, String bind, Set<String> extraHosts) {
        this.messages = messages;
        Stream<String> own = Stream.of("127.0.0.1", "localhost", "[::1]");
        Stream<String> bound = bind == null || bind.equals("0.0.0.0") || bind.equals("::") ? Stream.empty()
                : Stream.of(bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind);
        this.hostNames = Stream.of(own, bound, extraHosts.stream()).flatMap(s -> s)
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
    }

    void check(Context ctx, int port) {
        String host = ctx.header("Host");
        if (!ownHost(host, port)) {
            throw new ApiException(400, "wrong_host", messages.get("api.error.wrongHost"));
        }
        String origin = ctx.header("Origin");
        if (origin != null && !ownOrigin(origin, port)) {
            throw new ApiException(403, "foreign_origin", messages.get("api.error.foreignOrigin"));
        }
        if (hasBody(ctx) && !ctx.path().equals(WebhookRoutes.PATH) && !isJson(ctx.header("Content-Type"))) {
            throw new ApiException(415, "not_json", messages.get("api.error.notJson"));
        }
    }

    /** {@code name:port}, the name one of ours; the port must be the one we listen on. */
    boolean ownHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon < 0 || h.endsWith("]")) {
            return false;
        }
        return h.substring(colon + 1).equals(Integer.toString(port)) && hostNames.contains(h.substring(0, colon));
    }

    private boolean ownOrigin(String origin, int port) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.startsWith("http://") && ownHost(o.substring("http://".length()), port);
    }

    /** A declared length above zero, or any transfer coding (a chunked body has no length). */
    static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /** {@code application/json}, with at most a UTF-8 charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().replace("\"", "");
            if (p.startsWith("charset=") && !p.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }
}
