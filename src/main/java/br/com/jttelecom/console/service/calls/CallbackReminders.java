package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.store.CallbackRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callback reminders' pop-ups: a callback falls due for the person whose call promised it, and only for them,
 * once per due time however often they sign out and in again (a rescheduled callback falls due again at its new
 * time). Kept for the console's whole run, not a session's: a new sign-in does not bring back the old pop-ups.
 */
public final class CallbackReminders {

    /** A callback announced for one due time. */
    private record Announced(long callbackId, Instant dueAt) {
    }

    private final CallbackRepository callbacks;
    private final Set<Announced> announced = ConcurrentHashMap.newKeySet();

    public CallbackReminders(CallbackRepository callbacks) {
        this.callbacks = Objects.requireNonNull(callbacks);
    }

    /**
     * The callbacks of {@code ownerId}'s calls due by {@code until} that have not been announced yet, from now on
     * counted as announced. {@code null}: the callbacks of calls that belong to nobody (a console with no sign-in).
     */
    public List<DueCallback> announce(Long ownerId, Instant until) {
        return callbacks.pendingUntilOwnedBy(ownerId, until).stream()
                .filter(c -> announced.add(new Announced(c.id(), c.dueAt())))
                .map(c -> new DueCallback(c.id(), c.callId(), c.leadId(), c.leadName(), c.phoneNumber(), c.dueAt()))
                .toList();
    }
}
