package br.com.jttelecom.console.pabx;

/** The PBX refused the API user or token (401/403). */
public final class PabxAuthFailed extends PabxException {

    private final int code;
    private final String pbxMessage;

    public PabxAuthFailed(String action, int code, String pbxMessage) {
        super(action, "pabx.error.authFailed", null);
        this.code = code;
        this.pbxMessage = pbxMessage;
    }

    public int code() {
        return code;
    }

    /** The PBX's own {@code mensagem}, or {@code null}. */
    public String pbxMessage() {
        return pbxMessage;
    }
}
