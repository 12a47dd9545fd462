package br.com.jttelecom.console.pabx;

/**
 * The PBX answered something that is not its JSON API: an HTML page (a 5xx one is {@link PabxUnavailable}
 * instead, with this as its cause), malformed JSON, a JSON without
 * the envelope, a 404 for the path itself. Carries the first 200 characters of the body for support.
 */
public final class PabxProtocolError extends PabxException {

    public enum Kind { HTML, MALFORMED_JSON, MISSING_ENVELOPE, NOT_FOUND_PATH, UNEXPECTED_STATUS }

    static final int SNIPPET = 200;

    private final Kind kind;
    private final int httpStatus;
    private final String bodyStart;

    public PabxProtocolError(String action, Kind kind, int httpStatus, String body) {
        super(action, key(kind), null, String.valueOf(httpStatus));
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.bodyStart = body == null ? "" : body.substring(0, Math.min(SNIPPET, body.length()));
    }

    private static String key(Kind kind) {
        return switch (kind) {
            case HTML -> "pabx.error.protocol.html";
            case MALFORMED_JSON -> "pabx.error.protocol.malformed";
            case MISSING_ENVELOPE -> "pabx.error.protocol.envelope";
            case NOT_FOUND_PATH -> "pabx.error.protocol.notFoundPath";
            case UNEXPECTED_STATUS -> "pabx.error.protocol.status";
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
