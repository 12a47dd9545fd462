package br.com.jttelecom.console.pabx;

/**
 * The PBX answered something that is not its JSON API: an HTML page (a 5xx one is {@link PabxUnavailable}
 * instead, with this as its cause), malformed JSON, a JSON without
 * the envelope, a 404 for the path itself. Carries the first 200 characters of the body for support.
 */
public final class PabxProtocolError extends PabxException {

    public enum Kind { HTML, MALFORMED_JSON, MISSING_ENVELOPE, NOT_FOUND_PATH, UNEXPECTED_STATUS, TOO_LARGE }

    static final int SNIPPET = 200;

    private final Kind kind;
    private final int httpStatus;
    private final String bodyStart;

    public PabxProtocolError(String action, Kind kind, int httpStatus, String body) {
        this(action, kind, httpStatus, body, String.valueOf(httpStatus));
    }

    private PabxProtocolError(String action, Kind kind, int httpStatus, String body, String messageArgument) {
        super(action, key(kind), null, messageArgument);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.bodyStart = body == null ? "" : body.substring(0, Math.min(SNIPPET, body.length()));
    }

    /** The answer ran past the client's cap ({@code maxBytes}); its message names the cap in megabytes. */
    static PabxProtocolError tooLarge(String action, int httpStatus, long maxBytes) {
        return new PabxProtocolError(action, Kind.TOO_LARGE, httpStatus, "",
                Long.toString(Math.max(1, maxBytes / (1024 * 1024))));
    }

    private static String key(Kind kind) {
        return switch (kind) {
            case HTML -> "pabx.error.protocol.html";
            case MALFORMED_JSON -> "pabx.error.protocol.malformed";
            case MISSING_ENVELOPE -> "pabx.error.protocol.envelope";
            case NOT_FOUND_PATH -> "pabx.error.protocol.notFoundPath";
            case UNEXPECTED_STATUS -> "pabx.error.protocol.status";
            case TOO_LARGE -> "pabx.error.protocol.tooLarge";
        };
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The first 200 characters of what the server sent. */
    public String bodyStart() {
        return bodyStart;
    }
}
