package br.com.jttelecom.console.service;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Who is signed in to this console, shared by every service that checks permissions. */
public final class Session {

    private volatile ConsoleUser user;
    private final CopyOnWriteArrayList<Consumer<Optional<ConsoleUser>>> listeners = new CopyOnWriteArrayList<>();

    public Optional<ConsoleUser> user() {
        return Optional.ofNullable(user);
    }

    /** @throws PermissionDenied when nobody is signed in */
    public ConsoleUser requireUser() {
        ConsoleUser current = user;
        if (current == null) {
            throw new PermissionDenied("Entre com seu usuário para continuar.");
        }
        return current;
    }

    /** The name written to the audit trail for what happens now. */
    public String actor() {
        ConsoleUser current = user;
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
