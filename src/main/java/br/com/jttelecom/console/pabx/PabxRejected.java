package br.com.jttelecom.console.pabx;

/**
 * The PBX refused the request (a 4xx other than 401/403/429) and usually said why in {@code mensagem},
 * which is written for end users, so it is shown as it came.
 */
public final class PabxRejected extends PabxException {

    private final int code;
    private final String pbxMessage;
    private final boolean click2CallNotContracted;

    public PabxRejected(String action, int code, String pbxMessage, boolean click2CallNotContracted) {
        super(action, key(pbxMessage, click2CallNotContracted), null,
                pbxMessage == null || pbxMessage.isBlank() ? String.valueOf(code) : pbxMessage);
        this.code = code;
        this.pbxMessage = pbxMessage;
        this.click2CallNotContracted = click2CallNotContracted;
    }

    private static String key(String pbxMessage, boolean notContracted) {
        if (notContracted) {
            return "pabx.error.click2callNotContracted";
        }
        return pbxMessage == null || pbxMessage.isBlank() ? "pabx.error.rejected.noMessage" : "pabx.error.rejected";
    }

    public int code() {
        return code;
    }

    /** The PBX's own {@code mensagem}, or {@code null}. */
    public String pbxMessage() {
        return pbxMessage;
    }

    /** True when the refusal looks like the account lacks the Click2Call module. */
    public boolean click2CallNotContracted() {
        return click2CallNotContracted;
    }
}
