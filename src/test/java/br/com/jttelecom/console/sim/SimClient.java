package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain HTTP client for the contract tests: real requests over loopback, no PBX client code. */
final class SimClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    final PbxSimulator sim;
    final OkHttpClient http;

    SimClient(PbxSimulator sim) {
        this(sim, new OkHttpClient.Builder()
                .retryOnConnectionFailure(false) // a reset must reach the test, not be retried away
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .build());
    }

    SimClient(PbxSimulator sim, OkHttpClient http) {
        this.sim = sim;
        this.http = http;
    }

    record Reply(int status, Headers headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int code() {
            return json().path("http_response_code").asInt();
        }

        String mensagem() {
            return json().path("mensagem").asText();
        }

        JsonNode dados() {
            return json().path("dados");
        }
    }

    Reply get(String action, Map<String, String> query) {
        return send("GET", url(action, query), null, true);
    }

    Reply post(String action, String jsonBody) {
        return send("POST", url(action, Map.of()), jsonBody, true);
    }

    HttpUrl url(String action, Map<String, String> query) {
        HttpUrl.Builder b = HttpUrl.get(sim.baseUrl() + "/" + action).newBuilder();
        query.forEach(b::addQueryParameter);
        return b.build();
    }

    Reply send(String method, HttpUrl url, String body, boolean auth) {
        try {
            return execute(request(method, url, body, auth));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request request(String method, HttpUrl url, String body, boolean auth) {
        RequestBody rb = body == null ? null : RequestBody.create(body, JSON_TYPE);
        if (rb == null && (method.equals("POST") || method.equals("PUT"))) {
            rb = RequestBody.create(new byte[0], null);
        }
        Request.Builder b = new Request.Builder().url(url).method(method, rb).header("Accept", "application/json");
        if (auth) {
            b.header("usuario", sim.user()).header("token", sim.token());
        }
        return b.build();
    }

    Reply execute(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return new Reply(r.code(), r.headers(), r.body().string());
        }
    }
}
