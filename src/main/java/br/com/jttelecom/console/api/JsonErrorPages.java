package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives on its own, before any route runs — a request line or header it cannot
 * parse (400), a URI or headers too long (414, 431), a path it will not decode ({@code %00}) — in
 * the API's JSON error shape instead of Jetty's HTML page.
 */
final class JsonErrorPages extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Messages messages;

    JsonErrorPages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = body(response.getStatus());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] body(int status) {
        Map<String, Object> error = switch (status) {
            case 413 -> error("too_large", "api.error.tooLarge");
            case 414 -> error("uri_too_long", "api.error.uriTooLong");
            case 431 -> error("headers_too_large", "api.error.headersTooLarge");
            case 404 -> error("not_found", "api.error.notFound");
            case 405 -> error("method_not_allowed", "api.error.notFound");
            default -> status >= 500 ? error("internal", "api.error.internal") : error("bad_request", "api.error.badRequest");
        };
        try {
            return JSON.writeValueAsBytes(Map.of("error", error));
        } catch (JsonProcessingException e) {
            return "{\"error\":{\"code\":\"internal\",\"message\":\"\"}}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private Map<String, Object> error(String code, String key) {
        return Map.of("code", code, "message", messages.get(key));
    }
}
