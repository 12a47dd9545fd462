package br.com.jttelecom.console.pabx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an action and its parameters into an HTTP request, in the configured auth style.
 *
 * <p>Header style: {@code <base>/<action>}; no parameters → GET (as {@code listar_chamadas_online} is
 * known to be called); parameters → POST with a JSON body, because a JSON body is the one way of passing
 * filters known to work (the server merges query and body and accepts any method).
 * Legacy style: always POST to {@code …/pabx/api.php} with {@code autenticacao} and {@code acao} in the body.
 */
final class RequestFactory {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ObjectMapper mapper;
    private final PabxSettings settings;
    private final HttpUrl base;
    private final HttpUrl legacyUrl;

    RequestFactory(ObjectMapper mapper, PabxSettings settings, HttpUrl base) {
        this.mapper = mapper;
        this.settings = settings;
        this.base = base;
        this.legacyUrl = legacyUrl(base);
    }

    /** {@code https://host/pabx/api.php}, unless the configured URL already names a {@code .php} endpoint. */
    static HttpUrl legacyUrl(HttpUrl base) {
        if (base.encodedPath().endsWith(".php")) {
            return base;
        }
        return base.newBuilder().encodedPath("/pabx/api.php").query(null).build();
    }

    Request build(PabxAction action, Map<String, Object> params) {
        if (settings.authMode() == AuthMode.LEGACY_API_PHP) {
            Map<String, Object> body = new LinkedHashMap<>();
            Map<String, String> auth = new LinkedHashMap<>();
            auth.put("usuario", settings.user());
            auth.put("token", settings.token());
            body.put("autenticacao", auth);
            body.put("acao", action.wireName());
            body.putAll(params);
            return new Request.Builder().url(legacyUrl).post(json(body)).tag(PabxAction.class, action).build();
        }
        HttpUrl url = base.newBuilder().addPathSegment(action.wireName()).build();
        Request.Builder b = new Request.Builder().url(url).tag(PabxAction.class, action);
        return (params.isEmpty() ? b.get() : b.post(json(params))).build();
    }

    private RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            // Our own records always serialise; reaching here is a bug, not a PBX fault.
            throw new IllegalStateException("cannot serialise request body", e);
        }
    }
}
