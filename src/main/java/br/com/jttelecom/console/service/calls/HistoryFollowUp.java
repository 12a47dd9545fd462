package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the PBX's history for the final record of each ended call that is due: the PBX indexes a call only some
 * time after the hang-up, so each call is asked on a back-off and, past its last attempt, left to the history sync.
 * The PBX is asked with no lock held; only the result goes through the {@link CallStatusWriter}.
 */
final class HistoryFollowUp {

    /** Logged under the tracker's name, as before it was split, so the log reads and filters the same. */
    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    private final HistoryLookup history;
    private final FollowedCalls followed;
    private final CallStatusWriter writer;
    private final Clock clock;

    HistoryFollowUp(HistoryLookup history, FollowedCalls followed, CallStatusWriter writer, Clock clock) {
        this.history = history;
        this.followed = followed;
        this.writer = writer;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        for (FollowedCalls.Due due : followed.dueForHistory(now)) {
            Optional<Call> record = due.externalCallId() == null ? Optional.empty()
                    : history.find(due.externalCallId(), due.startedAt());
            if (record.isPresent()) {
                writer.accept(new CallUpdate(due.callId(), CallPhase.FINAL, record.get(), "history"));
            } else if (writer.historyMissed(due.callId(), now)) {
                LOG.info("Call {} not in the PBX history after {} attempts; left to the history sync", due.callId(),
                        followed.historyAttempts());
            }
        }
    }
}
