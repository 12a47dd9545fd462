package br.com.jttelecom.console.sim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link HistoryBehaviour}s switched on, changeable while the simulator runs. Each request reads a
 * snapshot, so a change applies from the next request on. Behaviours that shape seeded history
 * ({@link HistoryBehaviour#LATE_CDRS}, and the DDD mix of {@link HistoryBehaviour#LOCAL_NUMBERS_WITHOUT_DDD})
 * apply to history seeded or added after they are switched on.
 */
public final class HistoryBehaviours {

    private volatile Set<HistoryBehaviour> on;

    HistoryBehaviours(Set<HistoryBehaviour> initial) {
        this.on = freeze(initial);
    }

    /** Switches {@code behaviour} on or off. */
    public synchronized HistoryBehaviours set(HistoryBehaviour behaviour, boolean enabled) {
        EnumSet<HistoryBehaviour> next = copy(on);
        if (enabled) {
            next.add(Objects.requireNonNull(behaviour));
        } else {
            next.remove(behaviour);
        }
        on = freeze(next);
        return this;
    }

    /** Exactly these behaviours on, every other one off. */
    public synchronized HistoryBehaviours only(HistoryBehaviour... behaviours) {
        EnumSet<HistoryBehaviour> next = EnumSet.noneOf(HistoryBehaviour.class);
        next.addAll(java.util.List.of(behaviours));
        on = freeze(next);
        return this;
    }

    public boolean isOn(HistoryBehaviour behaviour) {
        return on.contains(behaviour);
    }

    /** The behaviours on now (an unmodifiable snapshot). */
    public Set<HistoryBehaviour> active() {
        return on;
    }

    private static EnumSet<HistoryBehaviour> copy(Set<HistoryBehaviour> s) {
        return s.isEmpty() ? EnumSet.noneOf(HistoryBehaviour.class) : EnumSet.copyOf(s);
    }

    private static Set<HistoryBehaviour> freeze(Set<HistoryBehaviour> s) {
        return Collections.unmodifiableSet(copy(s));
    }
}
