package br.com.jttelecom.console.sim;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request that reached the PBX, in arrival order (bounded so a long demo does not grow forever). */
final class RequestLog {

    private static final int LIMIT = 100_000;

    private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void add(RecordedRequest r) {
        requests.add(r);
        if (size.incrementAndGet() > LIMIT && requests.poll() != null) {
            size.decrementAndGet();
        }
    }

    List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    long count(String action) {
        return requests.stream().filter(r -> action.equals(r.action())).count();
    }

    void clear() {
        requests.clear();
        size.set(0);
    }
}
