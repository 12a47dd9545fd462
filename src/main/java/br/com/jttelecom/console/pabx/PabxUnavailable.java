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

    /**
     * Whether the request certainly never reached the PBX (no name, no connection, no secure channel, or an open
     * circuit that sent nothing): a dial that failed this way rang no one.
     */
    public boolean neverSent() {
        return switch (reason) {
            case DNS, REFUSED, TLS, CIRCUIT_OPEN -> true;
            default -> false;
        };
    }

    /**
     * Whether the request may have reached the PBX and been carried out while its answer was lost (the connection
     * dropped, the answer never came in time): a dial that failed this way may be ringing.
     */
    public boolean answerLost() {
        return switch (reason) {
            case TIMEOUT, NETWORK, INTERRUPTED -> true;
            default -> false;
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
