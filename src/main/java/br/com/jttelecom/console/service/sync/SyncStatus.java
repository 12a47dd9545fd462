package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Sentence;
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
 * @param error               the last failure, to be said in the person's language, or null
 * @param issues              what the last finished run could not make exact ({@link SyncIssues#NONE} when all is well)
 * @param stalled             the last run stored nothing for {@link SyncSettings#stallTimeout()} and was stopped
 */
public record SyncStatus(Phase phase, Optional<Instant> lastSuccessfulSync, int failures, Duration nextAttemptIn,
                         Localized error, SyncIssues issues, boolean stalled) {

    /** The error of a stalled run. */
    public static final Sentence STALLED_SENTENCE = Sentence.of("sync.error.stalled");

    public SyncStatus(Phase phase, Optional<Instant> lastSuccessfulSync, int failures, Duration nextAttemptIn,
                      Localized error, SyncIssues issues) {
        this(phase, lastSuccessfulSync, failures, nextAttemptIn, error, issues, false);
    }

    public SyncStatus(Phase phase, Optional<Instant> lastSuccessfulSync, int failures, Duration nextAttemptIn,
                      Localized error) {
        this(phase, lastSuccessfulSync, failures, nextAttemptIn, error, SyncIssues.NONE);
    }

    /** Whether the stored history may differ from the PBX's: the last run was not exact. */
    public boolean degraded() {
        return issues.degraded();
    }

    /**
     * {@code STALLED}: the watchdog asked a run that stored nothing for the stall timeout to stop; it ends
     * after the page it is on and the sync backs off ({@code BACKING_OFF} with {@link #stalled()}).
     */
    public enum Phase { IDLE, RUNNING, STALLED, BACKING_OFF }
}
