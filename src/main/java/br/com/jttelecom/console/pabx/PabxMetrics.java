package br.com.jttelecom.console.pabx;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-action counts, errors by type and latency percentiles, cheap enough to record on every call.
 * Every HTTP attempt counts (a read tried three times is three calls), because that is the load the
 * PBX sees and what the rate limit spends.
 * Latencies live in a small ring of the last {@value #RESERVOIR} samples per action: percentiles of
 * recent behaviour, which is what a status bar wants, without a histogram library.
 */
public final class PabxMetrics {

    static final int RESERVOIR = 512;

    private final Map<String, ActionStats> byAction = new ConcurrentHashMap<>();
    private final LongAdder limiterWaits = new LongAdder();
    private final LongAdder limiterWaitNanos = new LongAdder();
    private final LongAdder retryAfterWaits = new LongAdder();
    private final LongAdder retryAfterWaitNanos = new LongAdder();

    /** A request that waited for the client's own rate limiter to hand it a permit. */
    void limiterWaited(long nanos) {
        limiterWaits.increment();
        limiterWaitNanos.add(nanos);
    }

    /** A request held back by a PBX {@code Retry-After} pause. */
    void retryAfterWaited(long nanos) {
        retryAfterWaits.increment();
        retryAfterWaitNanos.add(nanos);
    }

    /** How often and how long requests waited for the rate limits, since the client started. */
    public RateLimitWaits waits() {
        return new RateLimitWaits(limiterWaits.sum(), Duration.ofNanos(limiterWaitNanos.sum()),
                retryAfterWaits.sum(), Duration.ofNanos(retryAfterWaitNanos.sum()));
    }

    /**
     * Waits at the two rate limits: {@code limiter*} for our own permits (requests per second from the
     * settings), {@code retryAfter*} for the pauses a PBX 429 asked for.
     */
    public record RateLimitWaits(long limiterWaits, Duration limiterWaited, long retryAfterWaits,
                                 Duration retryAfterWaited) {
    }

    void record(String action, long nanos, Throwable error) {
        ActionStats s = byAction.computeIfAbsent(action, k -> new ActionStats());
        s.calls.increment();
        s.addLatency(nanos);
        if (error != null) {
            s.errors.computeIfAbsent(error.getClass().getSimpleName(), k -> new LongAdder()).increment();
        }
    }

    /** A consistent-enough copy of the figures, sorted by action name. */
    public Snapshot snapshot() {
        Map<String, ActionSnapshot> out = new TreeMap<>();
        byAction.forEach((action, s) -> out.put(action, s.snapshot(action)));
        return new Snapshot(Map.copyOf(out));
    }

    /** All actions' figures; {@link #toString()} is one readable line per action. */
    public record Snapshot(Map<String, ActionSnapshot> actions) {

        public long totalCalls() {
            return actions.values().stream().mapToLong(ActionSnapshot::calls).sum();
        }

        public long totalErrors() {
            return actions.values().stream().mapToLong(ActionSnapshot::errorCount).sum();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            new TreeMap<>(actions).values().forEach(a -> b.append(a).append('\n'));
            return b.toString();
        }
    }

    /** One action's figures: calls, errors by exception type, latency p50/p95/p99 over recent calls. */
    public record ActionSnapshot(String action, long calls, Map<String, Long> errors,
                                 Duration p50, Duration p95, Duration p99) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return String.format("%-28s calls=%d errors=%d %s p50=%dms p95=%dms p99=%dms", action, calls,
                    errorCount(), new TreeMap<>(errors), p50.toMillis(), p95.toMillis(), p99.toMillis());
        }
    }

    private static final class ActionStats {
        final LongAdder calls = new LongAdder();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        private final long[] ring = new long[RESERVOIR];
        private int next;
        private int size;

        synchronized void addLatency(long nanos) {
            ring[next] = nanos;
            next = (next + 1) % RESERVOIR;
            size = Math.min(size + 1, RESERVOIR);
        }

        ActionSnapshot snapshot(String action) {
            long[] copy;
            synchronized (this) {
                copy = Arrays.copyOf(ring, size);
            }
            Arrays.sort(copy);
            Map<String, Long> errs = new TreeMap<>();
            errors.forEach((k, v) -> errs.put(k, v.sum()));
            return new ActionSnapshot(action, calls.sum(), Map.copyOf(errs),
                    pct(copy, 0.50), pct(copy, 0.95), pct(copy, 0.99));
        }

        private static Duration pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Duration.ZERO;
            }
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length - 1, i))]);
        }
    }
}
