package br.com.jttelecom.console.sim;

import java.time.Duration;

/**
 * One injected misbehaviour. Build with the static factories, then narrow it with
 * {@link #onlyFor(String)} (one action) and {@link #times(int)} (the next N matching requests).
 *
 * @param action        the action it applies to, {@code null} for every action
 * @param times         how many more requests it applies to, -1 for "until cleared"
 * @param latencyMillis {@link Kind#LATENCY}: added delay; {@link Kind#SLOW_DRIP}: the pause between two bytes
 * @param status        {@link Kind#HTTP_ERROR}: 500, 502 or 503
 * @param retryAfter    {@link Kind#RATE_LIMITED}: the Retry-After seconds, {@code null} for no header
 * @param afterRequests {@link Kind#AUTH_REVOKED}: requests still accepted before the credentials stop working
 * @param bodyBytes     {@link Kind#HUGE_BODY}: how many bytes the body runs to
 * @param perRecordMicros {@link Kind#LATENCY}: added delay per record the answer carries ({@code dados}), after
 *                      the action ran — a WAN link's transfer time grows with the page
 */
public record Fault(Kind kind, String action, int times, long latencyMillis, int status, Integer retryAfter,
                    int afterRequests, long bodyBytes, long perRecordMicros) {

    /** What {@link #hugeBody()} sends: half a gigabyte, far past any page the PBX really answers. */
    public static final long DEFAULT_HUGE_BODY_BYTES = 512L * 1024 * 1024;

    public enum Kind {
        /** Delays the answer, then lets the request through (or on to the next fault). */
        LATENCY,
        /**
         * Reset before the request is read: the connection closes without any answer and the PBX never acts on
         * the request (nothing is dialled, nothing is written). The request is still counted at the simulator.
         */
        CONNECTION_RESET,
        /**
         * Reset after the request is read: the PBX carries the action out (a dial really rings the extension),
         * then the connection closes without any answer. The dangerous case for a dial.
         */
        RESET_AFTER_REQUEST,
        /** An nginx-style HTML error page with status 500/502/503. */
        HTTP_ERROR,
        /** A 200 whose JSON body is cut in the middle (with a matching Content-Length). */
        TRUNCATED_JSON,
        /** 429, with or without Retry-After. */
        RATE_LIMITED,
        /** The credentials work for N more requests, then every request gets the 401 envelope. */
        AUTH_REVOKED,
        /** Headers and a few bytes, then silence until the fault is cleared or the simulator stops. */
        NEVER_ENDING_BODY,
        /** Headers, then one byte every {@code latencyMillis}, forever: no read timeout ever fires. */
        SLOW_DRIP,
        /** A 200 whose list streams on, chunked, for {@code bodyBytes} (hundreds of MB by default). */
        HUGE_BODY
    }

    public static Fault latency(Duration delay) {
        return of(Kind.LATENCY).withLatency(delay.toMillis());
    }

    /**
     * A slow link: {@code perRequest} before the action, then {@code perRecord} for every record the answer
     * carries. Each request sleeps on its own thread, so requests in flight together overlap.
     */
    public static Fault latency(Duration perRequest, Duration perRecord) {
        Fault f = latency(perRequest);
        long micros = perRecord.toNanos() / 1000;
        if (micros < 0) {
            throw new IllegalArgumentException("a delay is not negative: " + perRecord);
        }
        return new Fault(f.kind, null, -1, f.latencyMillis, 0, null, 0, 0, micros);
    }

    /** A WAN to a PBX in another region: 150 ms per request plus 0.2 ms per record (a 1000-record page ≈ 350 ms). */
    public static Fault wanLatency() {
        return latency(Duration.ofMillis(150), Duration.ofNanos(200_000));
    }

    /** Reset before the request is read: see {@link Kind#CONNECTION_RESET}. */
    public static Fault connectionReset() {
        return of(Kind.CONNECTION_RESET);
    }

    /** Reset after the request is read and carried out: see {@link Kind#RESET_AFTER_REQUEST}. */
    public static Fault resetAfterRequest() {
        return of(Kind.RESET_AFTER_REQUEST);
    }

    public static Fault httpError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error is 5xx: " + status);
        }
        return new Fault(Kind.HTTP_ERROR, null, -1, 0, status, null, 0, 0, 0);
    }

    public static Fault truncatedJson() {
        return of(Kind.TRUNCATED_JSON);
    }

    /** @param retryAfterSeconds the Retry-After header value, {@code null} to send none */
    public static Fault rateLimited(Integer retryAfterSeconds) {
        return new Fault(Kind.RATE_LIMITED, null, -1, 0, 429, retryAfterSeconds, 0, 0, 0);
    }

    public static Fault authRevokedAfter(int requests) {
        return new Fault(Kind.AUTH_REVOKED, null, -1, 0, 0, null, requests, 0, 0);
    }

    public static Fault neverEndingBody() {
        return of(Kind.NEVER_ENDING_BODY);
    }

    /** One byte every {@code interval}: shorter than any read timeout, so only a call timeout ends it. */
    public static Fault slowDrip(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a drip needs a pause: " + interval);
        }
        return of(Kind.SLOW_DRIP).withLatency(interval.toMillis());
    }

    /** A body of {@link #DEFAULT_HUGE_BODY_BYTES}. */
    public static Fault hugeBody() {
        return hugeBody(DEFAULT_HUGE_BODY_BYTES);
    }

    public static Fault hugeBody(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a body size is positive: " + bytes);
        }
        return new Fault(Kind.HUGE_BODY, null, -1, 0, 0, null, 0, bytes, 0);
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, null, -1, 0, 0, null, 0, 0, 0);
    }

    private Fault withLatency(long millis) {
        return new Fault(kind, action, times, millis, status, retryAfter, afterRequests, bodyBytes, perRecordMicros);
    }

    public Fault onlyFor(String actionName) {
        return new Fault(kind, actionName, times, latencyMillis, status, retryAfter, afterRequests, bodyBytes,
                perRecordMicros);
    }

    public Fault times(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("times must be positive: " + n);
        }
        return new Fault(kind, action, n, latencyMillis, status, retryAfter, afterRequests, bodyBytes, perRecordMicros);
    }

    boolean appliesTo(String actionName) {
        return action == null || action.equals(actionName);
    }
}
