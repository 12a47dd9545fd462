package br.com.jttelecom.console.sim;

import java.time.Duration;

/**
 * One injected misbehaviour. Build with the static factories, then narrow it with
 * {@link #onlyFor(String)} (one action) and {@link #times(int)} (the next N matching requests).
 *
 * @param action        the action it applies to, {@code null} for every action
 * @param times         how many more requests it applies to, -1 for "until cleared"
 * @param latencyMillis {@link Kind#LATENCY}: added delay
 * @param status        {@link Kind#HTTP_ERROR}: 500, 502 or 503
 * @param retryAfter    {@link Kind#RATE_LIMITED}: the Retry-After seconds, {@code null} for no header
 * @param afterRequests {@link Kind#AUTH_REVOKED}: requests still accepted before the credentials stop working
 */
public record Fault(Kind kind, String action, int times, long latencyMillis, int status, Integer retryAfter,
                    int afterRequests) {

    public enum Kind {
        /** Delays the answer, then lets the request through (or on to the next fault). */
        LATENCY,
        /** Closes the connection without any answer. */
        CONNECTION_RESET,
        /** An nginx-style HTML error page with status 500/502/503. */
        HTTP_ERROR,
        /** A 200 whose JSON body is cut in the middle (with a matching Content-Length). */
        TRUNCATED_JSON,
        /** 429, with or without Retry-After. */
        RATE_LIMITED,
        /** The credentials work for N more requests, then every request gets the 401 envelope. */
        AUTH_REVOKED,
        /** Headers and a few bytes, then silence until the fault is cleared or the simulator stops. */
        NEVER_ENDING_BODY
    }

    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, null, -1, delay.toMillis(), 0, null, 0);
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, null, -1, 0, 0, null, 0);
    }

    public static Fault httpError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error is 5xx: " + status);
        }
        return new Fault(Kind.HTTP_ERROR, null, -1, 0, status, null, 0);
    }

    public static Fault truncatedJson() {
        return new Fault(Kind.TRUNCATED_JSON, null, -1, 0, 0, null, 0);
    }

    /** @param retryAfterSeconds the Retry-After header value, {@code null} to send none */
    public static Fault rateLimited(Integer retryAfterSeconds) {
        return new Fault(Kind.RATE_LIMITED, null, -1, 0, 429, retryAfterSeconds, 0);
    }

    public static Fault authRevokedAfter(int requests) {
        return new Fault(Kind.AUTH_REVOKED, null, -1, 0, 0, null, requests);
    }

    public static Fault neverEndingBody() {
        return new Fault(Kind.NEVER_ENDING_BODY, null, -1, 0, 0, null, 0);
    }

    public Fault onlyFor(String actionName) {
        return new Fault(kind, actionName, times, latencyMillis, status, retryAfter, afterRequests);
    }

    public Fault times(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("times must be positive: " + n);
        }
        return new Fault(kind, action, n, latencyMillis, status, retryAfter, afterRequests);
    }

    boolean appliesTo(String actionName) {
        return action == null || action.equals(actionName);
    }
}
