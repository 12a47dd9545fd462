package br.com.jttelecom.console.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sync's state for the status bar.
 *
 * @param phase               idle, running, or waiting after a failure
 * @param lastSuccessfulSync  when the last complete sync ended (empty before the first)
 * @param failures            failed runs in a row (0 after a success)
 * @param nextAttemptIn       the pause before the next background run
 * @param error               the last failure's sentence for a person (Portuguese), or null
 */
public record SyncStatus(Phase phase, Optional<Instant> lastSuccessfulSync, int failures, Duration nextAttemptIn,
                         String error) {

    public enum Phase { IDLE, RUNNING, BACKING_OFF }
}
