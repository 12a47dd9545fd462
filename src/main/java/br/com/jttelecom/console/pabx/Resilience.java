package br.com.jttelecom.console.pabx;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry (reads only), the shared rate limiter with the {@code Retry-After} pause, and the circuit breaker.
 *
 * <p>Order around one attempt: retry( circuit( pause → permit → HTTP ) ). Writes and dials skip the retry.
 * The limiter hands out one permit per {@code 1/rps} second rather than {@code rps} per second, so no
 * second-long window ever holds more than {@code rps + 1} requests even at cycle boundaries.
 */
final class Resilience {

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
    /** A free permit comes back in microseconds: from a millisecond on, the caller really waited its turn. */
    private static final long LIMITER_WAIT_COUNTED = 1_000_000L;

    /** Replaced whole when the rate changes: resilience4j can change a limit but not the refresh period. */
    private volatile RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final PauseGate pause;
    private final List<CircuitListener> listeners = new CopyOnWriteArrayList<>();
    private final PabxMetrics metrics;

    Resilience(PabxSettings settings, Clock clock, Sleeper sleeper, PabxMetrics metrics) {
        this.metrics = metrics;
        this.pause = new PauseGate(clock, sleeper);
        this.limiter = limiter(settings.requestsPerSecond());
        this.breaker = CircuitBreaker.of("pabx", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.circuitOpenWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Resilience::isOutage)
                .clock(clock)
                .build());
        long base = Math.max(1, settings.retryBaseDelay().toMillis());
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(base, 2.0, 0.5);
        this.retry = Retry.of("pabx-read", RetryConfig.<Object>custom()
                .maxAttempts(settings.retryAttempts())
                // A 429 already paused everyone until Retry-After; the next attempt waits at the gate.
                .intervalBiFunction((attempt, either) -> either.isLeft() && either.getLeft() instanceof PabxRateLimited
                        ? 1L : backoff.apply(attempt))
                .retryOnException(Resilience::isRetryable)
                .failAfterMaxAttempts(false)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            CircuitState from = map(e.getStateTransition().getFromState());
            CircuitState to = map(e.getStateTransition().getToState());
            LOG.info("PBX circuit {} -> {}", from, to);
            for (CircuitListener l : listeners) {
                try {
                    l.onStateChange(from, to);
                } catch (RuntimeException ex) {
                    LOG.warn("circuit listener failed", ex);
                }
            }
        });
    }

    /** A failure that says the PBX is down: counted by the circuit breaker. */
    static boolean isOutage(Throwable t) {
        return (t instanceof PabxUnavailable u && u.reason() != PabxUnavailable.Reason.CIRCUIT_OPEN
                && u.reason() != PabxUnavailable.Reason.INTERRUPTED)
                || (t instanceof PabxProtocolError p && p.httpStatus() >= 500);
    }

    static boolean isRetryable(Throwable t) {
        return (t instanceof PabxUnavailable u && u.reason() != PabxUnavailable.Reason.CIRCUIT_OPEN
                && u.reason() != PabxUnavailable.Reason.INTERRUPTED)
                || t instanceof PabxRateLimited;
    }

    <T> T call(PabxAction action, Supplier<T> attempt) {
        Supplier<T> guarded = () -> guarded(action, attempt);
        return action.isRead() ? Retry.decorateSupplier(retry, guarded).get() : guarded.get();
    }

    private static RateLimiter limiter(int requestsPerSecond) {
        long periodNanos = Math.max(1, 1_000_000_000L / requestsPerSecond);
        return RateLimiter.of("pabx", RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos))
                .timeoutDuration(Duration.ofMinutes(2))
                .build());
    }

    /**
     * From now on at most {@code requestsPerSecond}. Callers already queued at the old limiter get their
     * permit at the old pace (a few at most); every later request queues at the new one.
     */
    void changeRate(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requests per second must be at least 1: " + requestsPerSecond);
        }
        limiter = limiter(requestsPerSecond);
    }

    /** One attempt through the limiter but around the breaker: for "test connection", which must really try. */
    <T> T callUnguarded(PabxAction action, Supplier<T> attempt) {
        permit(action);
        return attempt.get();
    }

    private <T> T guarded(PabxAction action, Supplier<T> attempt) {
        try {
            return breaker.executeSupplier(() -> {
                permit(action);
                try {
                    return attempt.get();
                } catch (PabxRateLimited e) {
                    pause.pauseFor(e.retryAfter());
                    throw e;
                }
            });
        } catch (CallNotPermittedException e) {
            throw new PabxUnavailable(action.wireName(), PabxUnavailable.Reason.CIRCUIT_OPEN, 0, "", e);
        }
    }

    private void permit(PabxAction action) {
        try {
            do {
                Duration paused = pause.awaitClear(action.wireName());
                if (!paused.isZero()) {
                    metrics.retryAfterWaited(paused.toNanos());
                }
                long asked = System.nanoTime();
                RateLimiter.waitForPermission(limiter);
                long waited = System.nanoTime() - asked;
                if (waited >= LIMITER_WAIT_COUNTED) {
                    metrics.limiterWaited(waited);
                }
                // A 429 that came back while this caller queued for its permit pauses it too: the permit
                // is given up, and after the pause the caller queues again (no burst when the pause ends).
            } while (!pause.remaining().isZero());
        } catch (RequestNotPermitted e) {
            throw new PabxRateLimited(action.wireName(), Duration.ofSeconds(1));
        } catch (AcquirePermissionCancelledException e) {
            Thread.currentThread().interrupt();
            throw new PabxUnavailable(action.wireName(), PabxUnavailable.Reason.INTERRUPTED, 0, "", e);
        }
    }

    void pauseFor(Duration d) {
        pause.pauseFor(d);
    }

    CircuitState state() {
        return map(breaker.getState());
    }

    void addListener(CircuitListener l) {
        listeners.add(l);
    }

    void removeListener(CircuitListener l) {
        listeners.remove(l);
    }

    private static CircuitState map(CircuitBreaker.State s) {
        return switch (s) {
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.CLOSED;
        };
    }
}
