package br.com.jttelecom.console.service.history;

/**
 * A recording that cannot be played: the reason says which sentence the screen shows
 * ({@code recording.error.<reason>}). The message is for the log only.
 */
public final class RecordingUnavailable extends Exception {

    /** Why the recording could not be fetched. */
    public enum Reason {
        /** The call has no link. */
        MISSING,
        /** The server answered, but with a page instead of audio (the old link's behaviour). */
        NOT_AUDIO,
        /** 404 / 410: the PBX no longer has it. */
        NOT_FOUND,
        /** Network failure, timeout or an HTTP error. */
        NETWORK
    }

    private final Reason reason;

    public RecordingUnavailable(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
