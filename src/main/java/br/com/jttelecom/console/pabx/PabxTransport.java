package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.pabx.wire.Envelope;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one action and reads its envelope: picks the OkHttp variant by action kind, applies resilience,
 * records metrics, and is the only place OkHttp exceptions are caught (they never leave this package).
 */
final class PabxTransport {

    private static final Logger LOG = LoggerFactory.getLogger(PabxTransport.class);

    private final OkHttpClient readClient;
    private final OkHttpClient writeClient;
    private final OkHttpClient dialClient;
    private final RequestFactory requests;
    private final ResponseReader reader;
    private final Resilience resilience;
    private final PabxMetrics metrics;
    private final ObjectMapper mapper;
    private final long maxResponseBytes;

    PabxTransport(PabxSettings settings, OkHttpClient shared, ObjectMapper mapper, Clock clock, Sleeper sleeper,
                  PabxMetrics metrics) {
        HttpUrl base = HttpClientFactory.checkedBaseUrl(settings.baseUrl());
        this.readClient = shared;
        this.writeClient = HttpClientFactory.writeVariant(shared);
        this.dialClient = HttpClientFactory.dialVariant(shared, settings);
        this.mapper = mapper;
        this.requests = new RequestFactory(mapper, settings, base);
        this.reader = new ResponseReader(mapper, clock);
        this.resilience = new Resilience(settings, clock, sleeper, metrics);
        this.metrics = metrics;
        this.maxResponseBytes = settings.maxResponseBytes();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Resilience resilience() {
        return resilience;
    }

    /** The envelope of a list action, its records typed as {@code recordType}. */
    <T> Envelope<T> list(PabxAction action, Map<String, Object> params, Class<T> recordType) {
        JavaType type = mapper.getTypeFactory().constructParametricType(Envelope.class, recordType);
        return resilience.call(action, () -> attempt(action, params, type, true));
    }

    /** The envelope of a write or dial (its {@code dados}, if any, left untyped). */
    Envelope<Object> write(PabxAction action, Map<String, Object> params) {
        JavaType type = mapper.getTypeFactory().constructParametricType(Envelope.class, Object.class);
        return resilience.call(action, () -> attempt(action, params, type, false));
    }

    /** One real attempt that bypasses retry and the circuit (but not the rate limit): for testConnection. */
    <T> Envelope<T> probe(PabxAction action, Map<String, Object> params, Class<T> recordType) {
        JavaType type = mapper.getTypeFactory().constructParametricType(Envelope.class, recordType);
        return resilience.callUnguarded(action, () -> attempt(action, params, type, true));
    }

    private <T> Envelope<T> attempt(PabxAction action, Map<String, Object> params, JavaType type, boolean list) {
        long start = System.nanoTime();
        Throwable error = null;
        try {
            return send(action, requests.build(action, params), type, list);
        } catch (PabxException e) {
            error = e;
            throw e;
        } finally {
            metrics.record(action.wireName(), System.nanoTime() - start, error);
        }
    }

    private <T> Envelope<T> send(PabxAction action, Request request, JavaType type, boolean list) {
        OkHttpClient client = switch (action.kind()) {
            case READ -> readClient;
            case WRITE -> writeClient;
            case DIAL -> dialClient;
        };
        int status;
        String contentType;
        String retryAfter;
        byte[] body;
        try (Response response = client.newCall(request).execute()) {
            status = response.code();
            retryAfter = response.header("Retry-After");
            ResponseBody rb = response.body();
            contentType = rb.contentType() == null ? null : rb.contentType().toString();
            body = BoundedBody.read(action.wireName(), status, rb, maxResponseBytes);
        } catch (IOException e) {
            PabxUnavailable u = IoErrors.map(action.wireName(), request.url(), e);
            LOG.debug("{} failed: {} ({})", action.wireName(), u.reason(), e.getClass().getSimpleName());
            throw u;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // OkHttp reports some protocol violations (bad status line, header) this way.
            throw new PabxProtocolError(action.wireName(), PabxProtocolError.Kind.UNEXPECTED_STATUS, 0,
                    String.valueOf(e.getMessage()));
        }
        return reader.read(action, status, contentType, retryAfter, body, type, list);
    }
}
