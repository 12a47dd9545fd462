package br.com.jttelecom.console.pabx;

/** The settings cannot work: an unparseable URL, or {@code http://} to a host that is not this machine. */
public final class PabxConfigurationError extends PabxException {

    public enum Kind { INSECURE_URL, INVALID_URL }

    private final Kind kind;

    public PabxConfigurationError(Kind kind, String url) {
        super(null, kind == Kind.INSECURE_URL ? "pabx.error.insecureUrl" : "pabx.error.invalidUrl", null,
                url == null ? "" : url);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
