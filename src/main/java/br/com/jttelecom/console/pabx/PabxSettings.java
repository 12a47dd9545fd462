package br.com.jttelecom.console.pabx;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the PBX client needs, immutable. Build with {@link #of(String, String, String)} and the
 * {@code withXxx} methods. {@link #toString()} masks the token, so settings can be logged.
 *
 * @param certificatePins  host → OkHttp pin ({@code sha256/…}) that an admin confirmed for that host
 * @param callTimeout      the whole of one read or write attempt, connect to last byte: a body that drips a
 *                         byte at a time never trips the read timeout, this ends it (a dial has its own)
 * @param maxResponseBytes the most the client reads of one answer before giving up with a typed error
 */
public record PabxSettings(
        String baseUrl,
        String user,
        String token,
        AuthMode authMode,
        Duration connectTimeout,
        Duration readTimeout,
        Duration dialTimeout,
        int requestsPerSecond,
        int retryAttempts,
        Duration retryBaseDelay,
        Duration circuitOpenWait,
        HttpLogLevel logLevel,
        Map<String, String> certificatePins,
        Duration callTimeout,
        long maxResponseBytes) {

    public static final String DEFAULT_BASE_URL = "https://emnuvem.meupabxip.com.br/suite/api";

    /**
     * The largest legitimate answer is a history page of 1000 records (the PBX's page limit). A record is about
     * 0.5–1 KB, so a page is about 1 MB; with {@code retorna_transcricao} and {@code retorna_resumo} each record
     * may carry a few kilobytes of AI text more (a long call's transcript, say 15 KB): some 16 MB. Twice that
     * leaves room for odd fields and keeps one answer far from the heap's size.
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    public PabxSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        user = user == null ? "" : user;
        token = token == null ? "" : token;
        authMode = authMode == null ? AuthMode.HEADERS : authMode;
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(10));
        readTimeout = positive(readTimeout, Duration.ofSeconds(20));
        dialTimeout = positive(dialTimeout, Duration.ofSeconds(12));
        requestsPerSecond = requestsPerSecond <= 0 ? 5 : requestsPerSecond;
        retryAttempts = Math.max(1, retryAttempts);
        retryBaseDelay = retryBaseDelay == null || retryBaseDelay.isNegative() ? Duration.ofMillis(500) : retryBaseDelay;
        circuitOpenWait = positive(circuitOpenWait, Duration.ofSeconds(30));
        logLevel = logLevel == null ? HttpLogLevel.BASIC : logLevel;
        certificatePins = certificatePins == null ? Map.of() : Map.copyOf(certificatePins);
        callTimeout = positive(callTimeout, Duration.ofSeconds(60));
        maxResponseBytes = maxResponseBytes <= 0 ? DEFAULT_MAX_RESPONSE_BYTES : maxResponseBytes;
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isZero() || d.isNegative() ? fallback : d;
    }

    /** The defaults of the spec: header auth, timeouts 10/20/12 s (60 s per attempt), 5 requests/s, 3 tries, 32 MB. */
    public static PabxSettings of(String baseUrl, String user, String token) {
        return new PabxSettings(baseUrl, user, token, AuthMode.HEADERS, null, null, null, 5, 3, null, null,
                HttpLogLevel.BASIC, Map.of(), null, 0);
    }

    public PabxSettings withAuthMode(AuthMode mode) {
        return new PabxSettings(baseUrl, user, token, mode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withTimeouts(Duration connect, Duration read, Duration dial) {
        return new PabxSettings(baseUrl, user, token, authMode, connect, read, dial,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withRequestsPerSecond(int rps) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                rps, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withRetry(int attempts, Duration baseDelay) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, attempts, baseDelay, circuitOpenWait, logLevel, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withCircuitOpenWait(Duration wait) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, wait, logLevel, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withLogLevel(HttpLogLevel level) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, level, certificatePins,
                callTimeout, maxResponseBytes);
    }

    public PabxSettings withCertificatePins(Map<String, String> pins) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, pins,
                callTimeout, maxResponseBytes);
    }

    /** @param perAttempt the whole of one read or write attempt (a dial keeps its own {@code dialTimeout}) */
    public PabxSettings withCallTimeout(Duration perAttempt) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins,
                perAttempt, maxResponseBytes);
    }

    public PabxSettings withMaxResponseBytes(long bytes) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins,
                callTimeout, bytes);
    }

    @Override
    public String toString() {
        return "PabxSettings[baseUrl=" + baseUrl + ", user=" + user + ", token=" + (token.isEmpty() ? "" : "****")
                + ", authMode=" + authMode + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", dialTimeout=" + dialTimeout + ", requestsPerSecond=" + requestsPerSecond
                + ", retryAttempts=" + retryAttempts + ", retryBaseDelay=" + retryBaseDelay
                + ", circuitOpenWait=" + circuitOpenWait + ", logLevel=" + logLevel
                + ", certificatePins=" + certificatePins.keySet() + ", callTimeout=" + callTimeout
                + ", maxResponseBytes=" + maxResponseBytes + "]";
    }
}
