package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The one place that asks the PBX for its calls in progress ({@code listar_chamadas_online}), shared by the call
 * tracker and the live board. The last answer is kept with its time, so a reader that can live with an answer a
 * few seconds old takes the tracker's instead of asking again: two views never double the polling. One request at
 * a time; a reader arriving while one runs waits for it and gets its answer.
 */
public final class OnlineCallsFeed {

    private final PabxClient pbx;
    private final Clock clock;
    private List<OnlineCallRecord> last = List.of();
    private Instant lastAt;

    public OnlineCallsFeed(PabxClient pbx, Clock clock) {
        this.pbx = Objects.requireNonNull(pbx, "pbx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Asks the PBX now. @throws br.com.jttelecom.console.pabx.PabxException when it cannot answer */
    public synchronized List<OnlineCallRecord> fetch() {
        List<OnlineCallRecord> now = List.copyOf(pbx.onlineCalls());
        last = now;
        lastAt = clock.instant();
        return now;
    }

    /** The last answer when it is at most {@code maxAge} old, else a new one. */
    public synchronized List<OnlineCallRecord> recent(Duration maxAge) {
        if (lastAt != null && !clock.instant().isAfter(lastAt.plus(maxAge))) {
            return last;
        }
        return fetch();
    }

    /** When the PBX last answered, or {@code null} before the first answer. */
    public synchronized Instant lastAnswerAt() {
        return lastAt;
    }
}
