package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves live calls through their lifecycle: ringing → answered / not answered / busy / failed →
 * hung up → (after the indexing delay) in the history. Driven only by {@link #tick()}, which the
 * HTTP layer calls on every request and a scheduler calls once a second in real-time mode.
 */
final class CallEngine {

    private record Pending(Instant indexAt, CompactRecord record) {
    }

    private final SimState state;
    private final CallTiming timing;
    private final OutcomeRules rules;
    private final Random random;
    private final Duration indexingDelay;
    private final WebhookNotifier webhook;
    private final InboundTraffic traffic;
    private final List<RunningCall> live = new ArrayList<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator.comparing(Pending::indexAt));

    CallEngine(SimState state, CallTiming timing, OutcomeRules rules, Random random,
               Duration indexingDelay, WebhookNotifier webhook) {
        this.state = state;
        this.timing = timing;
        this.rules = rules;
        this.random = random;
        this.indexingDelay = indexingDelay;
        this.webhook = webhook;
        this.traffic = new InboundTraffic(state, timing, random);
    }

    /** Applies everything that happened up to now, in order. */
    synchronized void tick() {
        Instant now = state.clock.now();
        for (Instant at : traffic.due(now)) {
            traffic.startCall(at, operatorsOnCall()).ifPresent(live::add);
        }
        live.sort(Comparator.comparing(RunningCall::endAt));
        while (!live.isEmpty() && live.get(0).finished(now)) {
            RunningCall done = live.remove(0);
            CompactRecord record = done.toHistory(0, state.areaCode(done.ramal(), done.did()));
            pending.add(new Pending(done.endAt().plus(indexingDelay), record));
            if (webhook != null) {
                webhook.send(record);
            }
        }
        while (!pending.isEmpty() && !pending.peek().indexAt().isAfter(now)) {
            state.history.add(pending.poll().record());
        }
    }

    /**
     * Puts finished calls into the history. {@code late}: as dialled calls do, each only once its call has
     * ended plus the indexing delay (hidden until the clock gets there); otherwise all at once.
     */
    synchronized void file(List<CompactRecord> batch, boolean late) {
        if (!late) {
            state.history.addAll(batch);
            return;
        }
        Instant now = state.clock.now();
        List<CompactRecord> visible = new ArrayList<>(batch.size());
        for (CompactRecord r : batch) {
            Instant indexAt = Instant.ofEpochSecond(r.endEpochSecond()).plus(indexingDelay);
            if (indexAt.isAfter(now)) {
                pending.add(new Pending(indexAt, r));
            } else {
                visible.add(r);
            }
        }
        state.history.addAll(visible);
    }

    /** Finished calls the history does not show yet (the indexing delay has not passed). */
    synchronized List<CompactRecord> notYetIndexed() {
        return pending.stream().map(Pending::record).toList();
    }

    /** Starts an outbound call: the agent's extension rings first, then the customer. */
    synchronized RunningCall dial(String ramal, int operatorId, String operatorName, String dialString, boolean recorded) {
        Instant start = state.clock.now();
        CallOutcome outcome = rules.outcomeFor(dialString, random);
        Instant customerRing = start.plus(timing.extensionRing());
        Instant answeredAt = null;
        Instant endAt;
        switch (outcome) {
            case ANSWERED -> {
                answeredAt = customerRing.plus(timing.customerRing());
                endAt = answeredAt.plus(timing.drawTalk(random));
            }
            case NO_ANSWER -> endAt = customerRing.plus(timing.noAnswerTimeout());
            default -> endAt = customerRing.plus(timing.rejectAfter());
        }
        RunningCall call = new RunningCall(state.seq.incrementAndGet(), start, false, ramal, operatorId, operatorName,
                dialString, null, outcome, customerRing, answeredAt, endAt, recorded);
        live.add(call);
        return call;
    }

    synchronized List<RunningCall> live() {
        return List.copyOf(live);
    }

    synchronized Set<Integer> operatorsOnCall() {
        return live.stream().map(RunningCall::operatorId).filter(id -> id > 0).collect(Collectors.toSet());
    }

    synchronized int pendingIndexing() {
        return pending.size();
    }

    /** Inbound calls arrive on average every {@code meanInterval}; {@code null} switches them off. */
    synchronized void inboundTraffic(Duration meanInterval) {
        traffic.configure(meanInterval, state.clock.now());
    }
}
