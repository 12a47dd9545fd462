package br.com.jttelecom.console.service.accounts;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Who is signed in to this console, shared by every service that checks permissions. */
public final class Session {

    private volatile ConsoleUser user;
    /** A request served for someone else (the local API) runs as that person on its own thread only. */
    private final ThreadLocal<ConsoleUser> acting = new ThreadLocal<>();
    private final CopyOnWriteArrayList<Consumer<Optional<ConsoleUser>>> listeners = new CopyOnWriteArrayList<>();

    public Optional<ConsoleUser> user() {
        return Optional.ofNullable(current());
    }

    /**
     * Runs {@code work} on this thread as {@code who}: every permission check and audit entry inside
     * sees that person, not whoever is signed in to the window. Other threads are not affected.
     */
    public <T> T callAs(ConsoleUser who, java.util.function.Supplier<T> work) {
        ConsoleUser previous = acting.get();
        acting.set(java.util.Objects.requireNonNull(who, "who"));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                acting.remove();
            } else {
                acting.set(previous);
            }
        }
    }

    private ConsoleUser current() {
        ConsoleUser who = acting.get();
        return who != null ? who : user;
    }

    /** @throws PermissionDenied when nobody is signed in */
    public ConsoleUser requireUser() {
        ConsoleUser current = current();
        if (current == null) {
            throw new PermissionDenied("permission.signIn");
        }
        return current;
    }

    /** The name written to the audit trail for what happens now. */
    public String actor() {
        ConsoleUser current = current();
        return current == null ? "-" : current.login();
    }

    void signIn(ConsoleUser signedIn) {
        user = signedIn;
        listeners.forEach(l -> l.accept(Optional.of(signedIn)));
    }

    void signOut() {
        user = null;
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    public void addListener(Consumer<Optional<ConsoleUser>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Optional<ConsoleUser>> listener) {
        listeners.remove(listener);
    }
}
