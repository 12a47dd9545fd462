package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.pabx.wire.Envelope;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The one choke point that turns an HTTP answer into an envelope or a typed {@link PabxException}.
 *
 * <p>Success: the body code is 2xx, or — when the body has no code — the HTTP status is 2xx.
 * "Nothing found" (body code 404, HTTP 200 or 404) on a list is an empty list, not an error.
 * Jackson never escapes: any parse failure becomes a {@link PabxProtocolError}.
 */
final class ResponseReader {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final ObjectMapper mapper;
    private final Clock clock;

    ResponseReader(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param list true when the action returns records (so an empty/404 answer means "no records")
     */
    <T> Envelope<T> read(PabxAction action, int httpStatus, String contentType, String retryAfter, byte[] body,
                         JavaType type, boolean list) {
        String a = action.wireName();
        if (httpStatus == 429) {
            throw new PabxRateLimited(a, parseRetryAfter(retryAfter));
        }
        int first = firstNonBlank(body);
        if (first < 0) {
            return emptyBody(a, httpStatus, list);
        }
        if (body[first] == '<' || (contentType != null && contentType.contains("html"))) {
            if (httpStatus == 401 || httpStatus == 403) {
                throw new PabxAuthFailed(a, httpStatus, null);
            }
            if (httpStatus >= 500 && httpStatus <= 599) {
                // nginx's 502/503 page in front of a PBX that is down: unavailable (retried, counted by the
                // circuit), with the page's first 200 characters kept in the cause for the log.
                throw new PabxUnavailable(a, PabxUnavailable.Reason.SERVER_ERROR, httpStatus, String.valueOf(httpStatus),
                        new PabxProtocolError(a, PabxProtocolError.Kind.HTML, httpStatus, text(body)));
            }
            throw new PabxProtocolError(a, httpStatus == 404 ? PabxProtocolError.Kind.NOT_FOUND_PATH
                    : PabxProtocolError.Kind.HTML, httpStatus, text(body));
        }
        Envelope<T> env;
        try {
            env = mapper.readValue(body, type);
        } catch (Exception e) { // JacksonException, IOException, or a RuntimeException from a deserializer
            if (httpStatus == 401 || httpStatus == 403) {
                throw new PabxAuthFailed(a, httpStatus, null);
            }
            throw new PabxProtocolError(a, PabxProtocolError.Kind.MALFORMED_JSON, httpStatus, text(body));
        }
        if (env == null) {
            throw new PabxProtocolError(a, PabxProtocolError.Kind.MISSING_ENVELOPE, httpStatus, text(body));
        }
        int bodyCode = env.code();
        int code = bodyCode > 0 ? bodyCode : httpStatus;
        if (code >= 200 && code < 300) {
            if (list && bodyCode < 0 && env.dados() == null) {
                if (httpStatus == 404 || !env.hasEnvelope()) {
                    throw new PabxProtocolError(a, httpStatus == 404 ? PabxProtocolError.Kind.NOT_FOUND_PATH
                            : PabxProtocolError.Kind.MISSING_ENVELOPE, httpStatus, text(body));
                }
            }
            return env;
        }
        // "Nothing found": body 404 (HTTP 200 or 404), or HTTP 404 with a JSON envelope lacking a code.
        if (code == 404 && list && (bodyCode == 404 || (bodyCode < 0 && env.hasEnvelope()))) {
            return new Envelope<>("404", env.mensagem(), "0", "0", List.of(), null, null);
        }
        throw failure(action, code, httpStatus, env.mensagem(), body);
    }

    private <T> Envelope<T> emptyBody(String a, int httpStatus, boolean list) {
        if (httpStatus >= 200 && httpStatus < 300 && !list) {
            return new Envelope<>(null, null, null, null, null, null, null);
        }
        if (httpStatus >= 200 && httpStatus < 300) {
            throw new PabxProtocolError(a, PabxProtocolError.Kind.MISSING_ENVELOPE, httpStatus, "");
        }
        if (httpStatus == 404) {
            throw new PabxProtocolError(a, PabxProtocolError.Kind.NOT_FOUND_PATH, httpStatus, "");
        }
        throw failureFor(a, httpStatus, httpStatus, null, false);
    }

    private PabxException failure(PabxAction action, int code, int httpStatus, String mensagem, byte[] body) {
        boolean dial = action.kind() == PabxAction.Kind.DIAL;
        if (code < 400 || code > 599) {
            return new PabxProtocolError(action.wireName(), PabxProtocolError.Kind.UNEXPECTED_STATUS, httpStatus, text(body));
        }
        return failureFor(action.wireName(), code, httpStatus, mensagem, dial && Click2CallRefusal.matches(mensagem));
    }

    private PabxException failureFor(String a, int code, int httpStatus, String mensagem, boolean notContracted) {
        // A dial refused for the missing Click2Call module is a refusal of the account, whatever its code
        // (the simulator answers 403): never tell the person their credentials are wrong.
        if (notContracted && code >= 400 && code < 500) {
            return new PabxRejected(a, code, mensagem, true);
        }
        if (code == 401 || code == 403) {
            return new PabxAuthFailed(a, code, mensagem);
        }
        if (code == 429) {
            return new PabxRateLimited(a, DEFAULT_RETRY_AFTER);
        }
        if (code >= 500) {
            return new PabxUnavailable(a, PabxUnavailable.Reason.SERVER_ERROR, code, String.valueOf(code), null);
        }
        if (code >= 400) {
            return new PabxRejected(a, code, mensagem, notContracted);
        }
        return new PabxProtocolError(a, PabxProtocolError.Kind.UNEXPECTED_STATUS, httpStatus, "");
    }

    /** {@code Retry-After} as seconds or an HTTP date; 1 s when absent or unreadable, at most 10 minutes. */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String v = value.strip();
        try {
            long s = Long.parseLong(v);
            return clamp(Duration.ofSeconds(Math.max(0, s)));
        } catch (NumberFormatException ignored) {
            // not seconds: try the date form below
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return clamp(d.isNegative() ? Duration.ZERO : d);
        } catch (RuntimeException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static Duration clamp(Duration d) {
        Duration max = Duration.ofMinutes(10);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static int firstNonBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            byte c = body[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != (byte) 0xEF && c != (byte) 0xBB && c != (byte) 0xBF) {
                return i;
            }
        }
        return -1;
    }

    static String text(byte[] body) {
        int n = Math.min(body.length, PabxProtocolError.SNIPPET * 4);
        String s = new String(body, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        return s.length() > PabxProtocolError.SNIPPET ? s.substring(0, PabxProtocolError.SNIPPET) : s;
    }
}
