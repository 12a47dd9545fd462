package br.com.jttelecom.console.service.calls;

/**
 * What a click-to-call came to.
 *
 * @param callId  the stored call, or null when nothing was stored (invalid number, already dialling)
 * @param message a sentence for the person, in the console's language, when not {@link Kind#STARTED}
 */
public record DialResult(Kind kind, Long callId, String message) {

    public enum Kind {
        /** The PBX accepted the dial; the tracker follows the call. */
        STARTED,
        /** The number is not dialable; nothing was sent. */
        INVALID_NUMBER,
        /** Another value of the request is refused (the caller's PBX variables); nothing was sent. */
        INVALID_INPUT,
        /** A dial is in flight or this lead is already in a call; nothing was sent. */
        ALREADY_DIALING,
        /** The desk holds dials until the last call's disposition is picked (a setting); nothing was sent. */
        HELD,
        /** The PBX refused or could not be reached; the call ended FAILED. */
        FAILED,
        /**
         * The request went out but its answer was lost (connection dropped, timeout): the PBX may have placed the
         * call. Nothing is dialled again; the tracker looks for the call on the PBX and ends it FAILED if it never
         * shows up. The message tells the person to check before dialling again.
         */
        UNCONFIRMED
    }

    public boolean started() {
        return kind == Kind.STARTED;
    }
}
