package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Says once, for every inbound call that rang the agent's extension, whether the agent answered it.
 * Answered as soon as the call is seen talking; unanswered when it leaves the online list (or gets
 * its final status) without having talked. Both the missed-calls count and the auto-pause listen here.
 *
 * <p>A call answered and hung up between two polls (a few seconds) would count as unanswered: the
 * online list is all the PBX offers in real time, and such a call is rare enough to accept.
 */
public final class RingOutcomes implements CallListener {

    /** Hears each inbound ring's outcome, on the tracker's thread. */
    public interface Listener {
        void answered(TrackedCall call);

        void unanswered(TrackedCall call);
    }

    private static final int DECIDED_KEPT = 1000;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Boolean> decided = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > DECIDED_KEPT;
        }
    };

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public void callChanged(TrackedCall call) {
        if (call.direction() != Direction.INBOUND) {
            return;
        }
        boolean answered = call.phase() == CallPhase.TALKING || call.answeredAt() != null
                || call.finalStatus() == CallStatus.COMPLETED;
        if (!answered && call.phase().isLive()) {
            return; // still ringing
        }
        if (!decide(call.callId(), answered)) {
            return;
        }
        for (Listener l : listeners) {
            if (answered) {
                l.answered(call);
            } else {
                l.unanswered(call);
            }
        }
    }

    /** @return true the first time this call is decided */
    private synchronized boolean decide(long callId, boolean answered) {
        return decided.putIfAbsent(callId, answered) == null;
    }
}
