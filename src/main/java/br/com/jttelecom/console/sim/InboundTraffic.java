package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The seeded generator of inbound calls: arrivals at exponential intervals around a mean; each
 * rings an available operator's extension and is answered (85 %) or abandoned, which the history
 * shows as {@code DID -> FILA}. Nobody available: the caller waits in the queue and gives up. An
 * operator marked away lets every call ring out.
 */
final class InboundTraffic {

    /** Catching up after a long pause must not flood the account with calls. */
    private static final int MAX_ARRIVALS_PER_TICK = 50;
    /** How long a caller lets an unattended extension ring before hanging up. */
    static final Duration RING_OUT = Duration.ofSeconds(25);

    private final SimState state;
    private final CallTiming timing;
    private final Random random;
    private Duration meanInterval;
    private Instant nextAt;

    InboundTraffic(SimState state, CallTiming timing, Random random) {
        this.state = state;
        this.timing = timing;
        this.random = random;
    }

    void configure(Duration mean, Instant now) {
        this.meanInterval = mean;
        this.nextAt = mean == null ? null : now.plus(draw());
    }

    List<Instant> due(Instant now) {
        List<Instant> out = new ArrayList<>();
        while (nextAt != null && !nextAt.isAfter(now) && out.size() < MAX_ARRIVALS_PER_TICK) {
            out.add(nextAt);
            nextAt = nextAt.plus(draw());
        }
        if (nextAt != null && !nextAt.isAfter(now)) {
            nextAt = now.plus(draw());
        }
        return out;
    }

    Optional<RunningCall> startCall(Instant at, Set<Integer> onCall) {
        List<String> didList = state.didNumbers();
        String did = didList.isEmpty() ? "4835124536" : didList.get(random.nextInt(didList.size()));
        String caller = state.callerPool.isEmpty()
                ? "4899" + (1000000 + random.nextInt(8999999))
                : state.callerPool.get(random.nextInt(state.callerPool.size()));
        List<SimOperator> free = state.operators.all().stream()
                .filter(o -> o.available() && !onCall.contains(o.id()))
                .toList();
        long seq = state.seq.incrementAndGet();
        if (free.isEmpty()) {
            Instant end = at.plusSeconds(15 + random.nextInt(75));
            return Optional.of(new RunningCall(seq, at, true, null, 0, "", caller, did, CallOutcome.ABANDONED,
                    null, null, end, false));
        }
        SimOperator op = free.get(random.nextInt(free.size()));
        if (state.awayOperators.contains(op.id())) {
            // Nobody picks up: the caller hears the extension ring, then gives up.
            Instant giveUp = at.plus(RING_OUT);
            return Optional.of(new RunningCall(seq, at, true, op.ramal(), op.id(), op.nome(), caller, did,
                    CallOutcome.ABANDONED, null, null, giveUp, false));
        }
        Instant pickup = at.plusSeconds(4 + random.nextInt(12));
        if (random.nextDouble() < 0.85) {
            Instant end = pickup.plus(timing.drawTalk(random));
            return Optional.of(new RunningCall(seq, at, true, op.ramal(), op.id(), op.nome(), caller, did,
                    CallOutcome.ANSWERED, null, pickup, end, true));
        }
        return Optional.of(new RunningCall(seq, at, true, op.ramal(), op.id(), op.nome(), caller, did,
                CallOutcome.ABANDONED, null, null, pickup, false));
    }

    private Duration draw() {
        double mean = meanInterval.toMillis();
        long millis = (long) (-Math.log(1 - random.nextDouble()) * mean);
        return Duration.ofMillis(Math.max(1000, millis));
    }
}
