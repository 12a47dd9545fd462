package br.com.jttelecom.console.sim;

/**
 * How a call ended, with the history's {@code status} code and {@code sip_code}.
 * Status codes follow the spec's (assumed) mapping: 1 atendida, 0 não atendida, 2 falha, 486 ocupado.
 */
public enum CallOutcome {
    ANSWERED("1", 200, "ATENDIDA"),
    NO_ANSWER("0", 487, "NÃO ATENDIDA"),
    BUSY("486", 486, "OCUPADO"),
    FAILED("2", 503, "FALHA"),
    /** An inbound call no agent took: the destination shows as {@code DID -> FILA}, no sip code. */
    ABANDONED("0", 0, "NÃO ATENDIDA");

    private final String status;
    private final int sipCode;
    private final String statusText;

    CallOutcome(String status, int sipCode, String statusText) {
        this.status = status;
        this.sipCode = sipCode;
        this.statusText = statusText;
    }

    /** The {@code status} a server that writes it as text sends ({@link HistoryBehaviour#STATUS_AS_TEXT}). */
    String statusText() {
        return statusText;
    }

    String status() {
        return status;
    }

    int sipCode() {
        return sipCode;
    }
}
