package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Sentence;
import java.time.Duration;

/**
 * The answer of {@code testConnection()}: whether the PBX answered a cheap authenticated call, how fast,
 * and if not, exactly what failed, with the sentence to show.
 */
public record ConnectionReport(boolean ok, Duration latency, Failure failure, Localized message) {

    public enum Failure {
        NONE, INVALID_URL, INSECURE_URL, DNS, REFUSED, TIMEOUT, TLS, NETWORK, AUTH, NOT_FOUND_PATH, HTML,
        MALFORMED, SERVER_ERROR, REJECTED, RATE_LIMITED, OTHER
    }

    static ConnectionReport success(Duration latency) {
        return new ConnectionReport(true, latency, Failure.NONE,
                Sentence.of("pabx.connection.ok", String.valueOf(latency.toMillis())));
    }

    static ConnectionReport failed(Duration latency, PabxException e) {
        Failure f = switch (e) {
            case PabxConfigurationError c -> c.kind() == PabxConfigurationError.Kind.INSECURE_URL
                    ? Failure.INSECURE_URL : Failure.INVALID_URL;
            case PabxUnavailable u -> switch (u.reason()) {
                case DNS -> Failure.DNS;
                case REFUSED -> Failure.REFUSED;
                case TIMEOUT -> Failure.TIMEOUT;
                case TLS -> Failure.TLS;
                case SERVER_ERROR -> Failure.SERVER_ERROR;
                default -> Failure.NETWORK;
            };
            case PabxAuthFailed a -> Failure.AUTH;
            case PabxProtocolError p -> switch (p.kind()) {
                case NOT_FOUND_PATH -> Failure.NOT_FOUND_PATH;
                case HTML -> Failure.HTML;
                default -> Failure.MALFORMED;
            };
            case PabxRejected r -> r.code() == 404 ? Failure.NOT_FOUND_PATH : Failure.REJECTED;
            case PabxRateLimited r -> Failure.RATE_LIMITED;
        };
        return new ConnectionReport(false, latency, f, e);
    }
}
