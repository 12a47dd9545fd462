package br.com.jttelecom.console.service.calls;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who hears a tracker's calls: everyone, or only the calls on one extension. Sessions come and go while the poller
 * tells them, so the list is copy-on-write and telling never holds a lock a listener could wait on.
 */
final class CallListeners {

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Hears every call, whoever's extension it is on. */
    void add(CallListener listener) {
        subscriptions.add(new Subscription(listener, null));
    }

    /** Hears only the calls on {@code extension}. */
    void add(CallListener listener, String extension) {
        subscriptions.add(new Subscription(listener, Objects.requireNonNull(extension, "extension")));
    }

    void remove(CallListener listener) {
        subscriptions.removeIf(s -> s.listener() == listener);
    }

    int count() {
        return subscriptions.size();
    }

    void changed(FollowedCalls.Change change) {
        for (Subscription s : subscriptions) {
            if (s.hears(change.extension())) {
                s.listener().callChanged(change.call());
            }
        }
    }

    void inboundRinging(InboundRing ring, String extension) {
        for (Subscription s : subscriptions) {
            if (s.hears(extension)) {
                s.listener().inboundRinging(ring);
            }
        }
    }

    /** A listener and the one extension it follows, or null for every call. */
    private record Subscription(CallListener listener, String extension) {
        boolean hears(String callExtension) {
            return extension == null || extension.equals(callExtension);
        }
    }
}
