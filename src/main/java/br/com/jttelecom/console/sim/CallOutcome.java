package br.com.jttelecom.console.sim;

/**
 * How a call ended, with the history's {@code status} code and {@code sip_code}.
 * Status codes follow the spec's (assumed) mapping: 1 atendida, 0 não atendida, 2 falha, 486 ocupado.
 */
public enum CallOutcome {
    ANSWERED("1", 200),
    NO_ANSWER("0", 487),
    BUSY("486", 486),
    FAILED("2", 503),
    /** An inbound call no agent took: the destination shows as {@code DID -> FILA}, no sip code. */
    ABANDONED("0", 0);

    private final String status;
    private final int sipCode;

    CallOutcome(String status, int sipCode) {
        this.status = status;
        this.sipCode = sipCode;
    }

    String status() {
        return status;
    }

    int sipCode() {
        return sipCode;
    }
}
