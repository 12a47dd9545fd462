package br.com.jttelecom.console.pabx;

/** The PBX could not be reached or is down: DNS, refused connection, timeout, TLS, 5xx, open circuit. */
public final class PabxUnavailable extends PabxException {

    /** What exactly failed, so "test connection" can say it. */
    public enum Reason { DNS, REFUSED, TIMEOUT, TLS, SERVER_ERROR, NETWORK, CIRCUIT_OPEN, INTERRUPTED }

    private final Reason reason;
    private final int httpStatus;

    public PabxUnavailable(String action, Reason reason, int httpStatus, String detail, Throwable cause) {
        super(action, key(reason), cause, detail == null ? "" : detail);
        this.reason = reason;
        this.httpStatus = httpStatus;
    }

    private static String key(Reason reason) {
        return switch (reason) {
            case DNS -> "pabx.error.unavailable.dns";
            case REFUSED -> "pabx.error.unavailable.refused";
            case TIMEOUT -> "pabx.error.unavailable.timeout";
            case TLS -> "pabx.error.unavailable.tls";
            case SERVER_ERROR -> "pabx.error.unavailable.server";
            case NETWORK -> "pabx.error.unavailable.network";
            case CIRCUIT_OPEN -> "pabx.error.unavailable.circuitOpen";
            case INTERRUPTED -> "pabx.error.unavailable.interrupted";
        };
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status for {@link Reason#SERVER_ERROR}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }
}
