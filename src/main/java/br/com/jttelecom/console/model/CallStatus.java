package br.com.jttelecom.console.model;

/** The statuses of the original module; a call only ever moves forward from {@link #IN_PROGRESS}. */
public enum CallStatus {
    IN_PROGRESS("in_progress"),
    COMPLETED("completed"),
    MISSED("missed"),
    FAILED("failed"),
    BUSY("busy");

    private final String code;

    CallStatus(String code) {
        this.code = code;
    }

    /** The wire/database spelling used by the seed module ({@code in_progress}, {@code completed}, …). */
    public String code() {
        return code;
    }

    public boolean isFinal() {
        return this != IN_PROGRESS;
    }

    public static CallStatus fromCode(String code) {
        for (CallStatus s : values()) {
            if (s.code.equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown call status: " + code);
    }
}
