package br.com.jttelecom.console.pabx;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the PBX client needs, immutable. Build with {@link #of(String, String, String)} and the
 * {@code withXxx} methods. {@link #toString()} masks the token, so settings can be logged.
 *
 * @param certificatePins host → OkHttp pin ({@code sha256/…}) that an admin confirmed for that host
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
        Map<String, String> certificatePins) {

    public static final String DEFAULT_BASE_URL = "https://emnuvem.meupabxip.com.br/suite/api";

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
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isZero() || d.isNegative() ? fallback : d;
    }

    /** The defaults of the spec: header auth, timeouts 10/20/12 s, 5 requests/s, 3 tries. */
    public static PabxSettings of(String baseUrl, String user, String token) {
        return new PabxSettings(baseUrl, user, token, AuthMode.HEADERS, null, null, null, 5, 3, null, null,
                HttpLogLevel.BASIC, Map.of());
    }

    public PabxSettings withAuthMode(AuthMode mode) {
        return new PabxSettings(baseUrl, user, token, mode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins);
    }

    public PabxSettings withTimeouts(Duration connect, Duration read, Duration dial) {
        return new PabxSettings(baseUrl, user, token, authMode, connect, read, dial,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins);
    }

    public PabxSettings withRequestsPerSecond(int rps) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                rps, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, certificatePins);
    }

    public PabxSettings withRetry(int attempts, Duration baseDelay) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, attempts, baseDelay, circuitOpenWait, logLevel, certificatePins);
    }

    public PabxSettings withCircuitOpenWait(Duration wait) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, wait, logLevel, certificatePins);
    }

    public PabxSettings withLogLevel(HttpLogLevel level) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, level, certificatePins);
    }

    public PabxSettings withCertificatePins(Map<String, String> pins) {
        return new PabxSettings(baseUrl, user, token, authMode, connectTimeout, readTimeout, dialTimeout,
                requestsPerSecond, retryAttempts, retryBaseDelay, circuitOpenWait, logLevel, pins);
    }

    @Override
    public String toString() {
        return "PabxSettings[baseUrl=" + baseUrl + ", user=" + user + ", token=" + (token.isEmpty() ? "" : "****")
                + ", authMode=" + authMode + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", dialTimeout=" + dialTimeout + ", requestsPerSecond=" + requestsPerSecond
                + ", retryAttempts=" + retryAttempts + ", retryBaseDelay=" + retryBaseDelay
                + ", circuitOpenWait=" + circuitOpenWait + ", logLevel=" + logLevel
                + ", certificatePins=" + certificatePins.keySet() + "]";
    }
}
