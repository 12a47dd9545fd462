package br.com.jttelecom.console.app.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Requests that reach the running console from outside: another launch over the
 * {@link SingleInstance} socket, or a link macOS delivers as an Apple Event ({@link MacLinkEvents}).
 * Requests that arrive before the console listens (it is still starting) are kept, in order, and
 * delivered when it does; after that each one goes straight through on the thread that brought it.
 */
public final class HandoverInbox {

    private final List<SingleInstance.Handover> early = new ArrayList<>();
    private Consumer<SingleInstance.Handover> handler;

    /** Takes one request, from any thread. */
    public void accept(SingleInstance.Handover request) {
        Consumer<SingleInstance.Handover> target;
        synchronized (this) {
            target = handler;
            if (target == null) {
                early.add(request);
            }
        }
        if (target != null) {
            target.accept(request);
        }
    }

    /** Who is told about requests; any that arrived before are delivered now, in order. */
    public void onHandover(Consumer<SingleInstance.Handover> newHandler) {
        List<SingleInstance.Handover> backlog;
        synchronized (this) {
            handler = newHandler;
            backlog = List.copyOf(early);
            early.clear();
        }
        backlog.forEach(newHandler);
    }
}
