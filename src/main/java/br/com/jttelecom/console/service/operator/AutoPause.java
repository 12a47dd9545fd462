package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.calls.RingOutcomes;
import br.com.jttelecom.console.service.calls.TrackedCall;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses an agent who let N inbound rings in a row go unanswered (away from the desk while the queue
 * keeps sending calls). An answered ring, a pause or a logout starts the count again. The settings are
 * read at each ring, so a change applies without a restart; 0 rings switches it off.
 */
public final class AutoPause implements RingOutcomes.Listener, Consumer<OperatorStatus> {

    /** Hears what the auto-pause did, on a background thread. */
    public interface Listener {
        void autoPaused(String reason, int unansweredRings);

        void autoPauseFailed(String reason, Localized problem);
    }

    private static final Logger LOG = LoggerFactory.getLogger(AutoPause.class);

    private final OperatorControl operator;
    private final IntSupplier threshold;
    private final Supplier<String> reason;
    private final Executor executor;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private int unanswered;

    /** @param executor runs the PBX pause, off the tracker's polling thread */
    public AutoPause(OperatorControl operator, IntSupplier threshold, Supplier<String> reason, Executor executor) {
        this.operator = operator;
        this.threshold = threshold;
        this.reason = reason;
        this.executor = executor;
    }

    public AutoPause(OperatorControl operator, AgentSettings settings, Executor executor) {
        this(operator, settings::autoPauseRings, settings::autoPauseReason, executor);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Unanswered rings in a row so far. */
    public synchronized int unansweredInARow() {
        return unanswered;
    }

    @Override
    public synchronized void answered(TrackedCall call) {
        unanswered = 0;
    }

    @Override
    public void unanswered(TrackedCall call) {
        int rings;
        synchronized (this) {
            unanswered++;
            int limit = threshold.getAsInt();
            if (limit <= 0 || unanswered < limit) {
                return;
            }
            rings = unanswered;
            unanswered = 0;
        }
        OperatorStatus now = operator.status();
        if (!now.loggedIn() || now.pausedAtPbx() || now.pendingPause() != null) {
            return; // already out of the queue, or a pause of the agent's own is on its way
        }
        String why = reason.get();
        executor.execute(() -> pause(why, rings));
    }

    private void pause(String why, int rings) {
        try {
            operator.pause(why);
            LOG.info("Agent paused automatically ({}) after {} unanswered inbound rings", why, rings);
            listeners.forEach(l -> l.autoPaused(why, rings));
        } catch (RuntimeException e) {
            LOG.warn("Auto-pause after {} unanswered rings failed: {}", rings, e.getMessage());
            Localized problem = Localized.of(e);
            listeners.forEach(l -> l.autoPauseFailed(why, problem));
        }
    }

    /** A pause or a logout (by hand or automatic) starts the count again. */
    @Override
    public synchronized void accept(OperatorStatus status) {
        if (status.state() == OperatorState.PAUSED || status.state() == OperatorState.LOGGED_OUT) {
            unanswered = 0;
        }
    }
}
