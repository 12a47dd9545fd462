package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The faults switched on at run time (from tests through {@code sim.faults()}, or from outside
 * through {@code /__sim/faults}). Faults apply in the order added; latency adds up and lets the
 * request continue, the first other matching fault decides the answer.
 */
public final class Faults {

    /**
     * What to do with one request: wait {@code latencyMillis}, then apply {@code fault} (or answer normally),
     * then wait {@code perRecordMicros} for each record of the answer.
     */
    record Decision(long latencyMillis, long perRecordMicros, Fault fault) {
    }

    private static final class Active {
        final Fault fault;
        int remaining;
        int seen;

        Active(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Active> active = new ArrayList<>();
    private long generation;
    private boolean closed;

    public synchronized Faults add(Fault fault) {
        active.add(new Active(fault));
        return this;
    }

    /** Removes every fault and releases any never-ending body in progress. */
    public synchronized void clear() {
        active.clear();
        generation++;
        notifyAll();
    }

    public synchronized List<Fault> active() {
        return active.stream().map(a -> a.fault).toList();
    }

    public Faults latency(Duration delay) {
        return add(Fault.latency(delay));
    }

    /** {@code perRequest} plus {@code perRecord} for every record served: see {@link Fault#latency(Duration, Duration)}. */
    public Faults latency(Duration perRequest, Duration perRecord) {
        return add(Fault.latency(perRequest, perRecord));
    }

    /** 150 ms per request plus 0.2 ms per record: see {@link Fault#wanLatency()}. */
    public Faults wanLatency() {
        return add(Fault.wanLatency());
    }

    /** Reset before the request is read: the PBX never acts on it. */
    public Faults connectionReset() {
        return add(Fault.connectionReset());
    }

    /** Reset after the request is read and carried out (a dial rings). */
    public Faults resetAfterRequest() {
        return add(Fault.resetAfterRequest());
    }

    public Faults httpError(int status) {
        return add(Fault.httpError(status));
    }

    public Faults truncatedJson() {
        return add(Fault.truncatedJson());
    }

    public Faults rateLimited(Integer retryAfterSeconds) {
        return add(Fault.rateLimited(retryAfterSeconds));
    }

    public Faults authRevokedAfter(int requests) {
        return add(Fault.authRevokedAfter(requests));
    }

    public Faults neverEndingBody() {
        return add(Fault.neverEndingBody());
    }

    public Faults slowDrip(Duration interval) {
        return add(Fault.slowDrip(interval));
    }

    public Faults hugeBody() {
        return add(Fault.hugeBody());
    }

    synchronized Decision decide(String action) {
        long latency = 0;
        long perRecord = 0;
        Fault decided = null;
        Iterator<Active> it = active.iterator();
        while (it.hasNext() && decided == null) {
            Active a = it.next();
            if (!a.fault.appliesTo(action)) {
                continue;
            }
            if (a.fault.kind() == Fault.Kind.AUTH_REVOKED && a.seen++ < a.fault.afterRequests()) {
                continue;
            }
            if (a.fault.kind() == Fault.Kind.LATENCY) {
                latency += a.fault.latencyMillis();
                perRecord += a.fault.perRecordMicros();
            } else {
                decided = a.fault;
            }
            if (a.remaining > 0 && --a.remaining == 0) {
                it.remove();
            }
        }
        return new Decision(latency, perRecord, decided);
    }

    /** Blocks a never-ending body until {@link #clear()} or {@link #close()}; never longer. */
    synchronized void stall() throws InterruptedException {
        long start = generation;
        while (start == generation && !closed) {
            wait(250);
        }
    }

    /** The current generation, to hand to {@link #hold(long, long)}: it changes on every {@link #clear()}. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Waits {@code millis} unless the faults of {@code since} are cleared or the simulator closes first.
     *
     * @return whether the fault still holds (false: stop misbehaving and let go of the connection)
     */
    synchronized boolean hold(long since, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        long left = millis;
        while (since == generation && !closed && left > 0) {
            wait(left);
            left = (end - System.nanoTime()) / 1_000_000L;
        }
        return since == generation && !closed;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
