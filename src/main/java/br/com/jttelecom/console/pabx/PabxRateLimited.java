package br.com.jttelecom.console.pabx;

import java.time.Duration;

/** The PBX answered 429 (or our own limiter could not grant a permit in time); {@link #retryAfter()} says how long to wait. */
public final class PabxRateLimited extends PabxException {

    private final Duration retryAfter;

    public PabxRateLimited(String action, Duration retryAfter) {
        super(action, "pabx.error.rateLimited", null, Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
