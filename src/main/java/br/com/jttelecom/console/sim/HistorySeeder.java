package br.com.jttelecom.console.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates history records in bulk, deterministically from a seed: 200,000 in well under a
 * second or two, a million on request. Times are drawn, sorted, then turned into records with a
 * realistic mix (outbound: 62 % answered, 20 % not answered, 10 % busy, 8 % failed; inbound: 78 %
 * answered, 7 % not answered at the extension, 15 % abandoned in the queue). Some
 * {@link HistoryBehaviour}s change the mix (see {@link #behaviourRandom}).
 */
final class HistorySeeder {

    private static final String[] DDDS = {"11", "21", "31", "41", "47", "48", "51", "61", "71", "81", "85"};
    /** The DDD the seeded outbound calls were dialled without (the account's own, as the console dials). */
    private static final String LOCAL_DDD = SimState.HOME_DDD;
    /** {@link HistoryBehaviour#LOCAL_NUMBERS_WITHOUT_DDD}: share of numbers drawn from the extension's DDD. */
    private static final double SAME_DDD_SHARE = 0.5;
    /** {@link HistoryBehaviour#LATE_CDRS}: share of answered calls that last 20–40 minutes. */
    private static final double LONG_CALL_SHARE = 0.05;

    private final SimState state;
    private final Random random;
    /**
     * Draws only the behaviours need, kept apart from {@link #random}: with every behaviour off the history
     * is exactly what it always was for the seed, and with one on the same calls only change in that respect.
     */
    private final Random behaviourRandom;
    private final boolean sameDddMix;
    private final boolean longCalls;
    private final List<SimOperator> operators;
    private final List<String> callers;
    private final List<String> dids;
    private final Map<String, String> areaCodes;
    private final Map<String, List<String>> callersByDdd = new java.util.HashMap<>();

    HistorySeeder(SimState state, long seed, Set<HistoryBehaviour> behaviours) {
        this.state = state;
        this.random = new Random(seed);
        this.behaviourRandom = new Random(seed ^ 0x5EEDB0B1EL);
        this.sameDddMix = behaviours.contains(HistoryBehaviour.LOCAL_NUMBERS_WITHOUT_DDD);
        this.longCalls = behaviours.contains(HistoryBehaviour.LATE_CDRS);
        this.operators = state.operators.all();
        this.callers = List.copyOf(state.callerPool);
        List<String> d = state.didNumbers();
        this.dids = d.isEmpty() ? List.of("4835124536") : d;
        this.areaCodes = state.areaCodes();
    }

    /**
     * @param businessHours keep calls to Mon–Fri 08–18 and Saturday 08–12, São Paulo time
     * @return the records, oldest first, not yet in the history
     */
    List<CompactRecord> generate(int count, Instant from, Instant to, boolean businessHours) {
        if (count <= 0) {
            return List.of();
        }
        long start = from.getEpochSecond();
        long span = Math.max(1, to.getEpochSecond() - start);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = businessHours ? businessSecond(start, span) : start + (long) (random.nextDouble() * span);
        }
        Arrays.sort(times);
        long firstSeq = state.seq.getAndAdd(count) + 1;
        List<CompactRecord> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(random.nextDouble() < 0.55 ? inbound(times[i], firstSeq + i) : outbound(times[i], firstSeq + i));
        }
        return batch;
    }

    private CompactRecord outbound(long at, long seq) {
        SimOperator op = operator();
        double x = random.nextDouble();
        CallOutcome outcome = x < 0.62 ? CallOutcome.ANSWERED : x < 0.82 ? CallOutcome.NO_ANSWER
                : x < 0.92 ? CallOutcome.BUSY : CallOutcome.FAILED;
        boolean answered = outcome == CallOutcome.ANSWERED;
        int wait = outcome == CallOutcome.NO_ANSWER ? 30 + random.nextInt(15) : 3 + random.nextInt(20);
        int occurrence = answered ? 1 + random.nextInt(3) : random.nextInt(3) == 0 ? 2 : 0;
        String ramal = op == null ? "201" : op.ramal();
        String ddd = SimState.areaCode(areaCodes, ramal, null);
        String customer = sameDdd(number(), ddd);
        int talk = answered ? talk(talkMillis()) : 0;
        boolean recorded = answered && random.nextInt(10) > 0;
        return new CompactRecord(at, seq, false, ramal, op == null ? 0 : op.id(),
                op == null ? "" : op.nome(), dialString(customer), null, outcome, wait,
                talk, recorded, occurrence, customer, ddd);
    }

    private CompactRecord inbound(long at, long seq) {
        double x = random.nextDouble();
        String did = dids.get(random.nextInt(dids.size()));
        String caller = number();
        if (x >= 0.85 || operators.isEmpty()) {
            String ddd = SimState.areaCode(areaCodes, null, did);
            caller = sameDdd(caller, ddd);
            return new CompactRecord(at, seq, true, null, 0, "", caller, did, CallOutcome.ABANDONED,
                    10 + random.nextInt(120), 0, false, 0, caller, ddd);
        }
        SimOperator op = operator();
        boolean answered = x < 0.78;
        String ddd = SimState.areaCode(areaCodes, op.ramal(), did);
        caller = sameDdd(caller, ddd);
        int wait = 2 + random.nextInt(40);
        int talk = answered ? talk(talkMillis()) : 0;
        return new CompactRecord(at, seq, true, op.ramal(), op.id(), op.nome(), caller, did,
                answered ? CallOutcome.ANSWERED : CallOutcome.NO_ANSWER, wait,
                talk, answered, answered ? 1 + random.nextInt(3) : 0, caller, ddd);
    }

    /** With the local-number behaviour, about half the customers share the extension's DDD. */
    private String sameDdd(String drawn, String ddd) {
        if (!sameDddMix || drawn.startsWith(ddd) || behaviourRandom.nextDouble() >= SAME_DDD_SHARE) {
            return drawn;
        }
        List<String> local = callersByDdd.computeIfAbsent(ddd,
                k -> callers.stream().filter(c -> c.startsWith(k)).toList());
        if (!local.isEmpty() && behaviourRandom.nextDouble() < 0.7) {
            return local.get(behaviourRandom.nextInt(local.size()));
        }
        return ddd + "9" + (6 + behaviourRandom.nextInt(4)) + String.format("%07d", behaviourRandom.nextInt(10_000_000));
    }

    /** With late CDRs, some answered calls run 20–40 minutes. */
    private int talk(int drawnMillis) {
        if (!longCalls || behaviourRandom.nextDouble() >= LONG_CALL_SHARE) {
            return drawnMillis;
        }
        return (20 * 60 + behaviourRandom.nextInt(20 * 60 + 1)) * 1000 + behaviourRandom.nextInt(1000);
    }

    private long businessSecond(long start, long span) {
        for (int attempt = 0; attempt < 20; attempt++) {
            long t = start + (long) (random.nextDouble() * span);
            ZonedDateTime local = Instant.ofEpochSecond(t).atZone(SimDates.SAO_PAULO);
            LocalDate day = local.toLocalDate();
            DayOfWeek dow = day.getDayOfWeek();
            int endHour = dow == DayOfWeek.SATURDAY ? 12 : 18;
            if (dow == DayOfWeek.SUNDAY) {
                continue;
            }
            long open = day.atTime(8, 0).atZone(SimDates.SAO_PAULO).toEpochSecond();
            long inDay = open + random.nextInt((endHour - 8) * 3600);
            if (inDay >= start && inDay < start + span) {
                return inDay;
            }
        }
        return start + (long) (random.nextDouble() * span);
    }

    private SimOperator operator() {
        return operators.isEmpty() ? null : operators.get(random.nextInt(operators.size()));
    }

    /** DDD + number: one of the known callers (the demo leads) 70 % of the time when there are any. */
    private String number() {
        if (!callers.isEmpty() && random.nextDouble() < 0.7) {
            return callers.get(random.nextInt(callers.size()));
        }
        String ddd = DDDS[random.nextInt(DDDS.length)];
        if (random.nextDouble() < 0.7) {
            return ddd + "9" + (6 + random.nextInt(4)) + String.format("%07d", random.nextInt(10_000_000));
        }
        return ddd + (2 + random.nextInt(4)) + String.format("%07d", random.nextInt(10_000_000));
    }

    /** The dial string the PBX shows for an outbound call: local numbers alone, others {@code 0} + DDD. */
    private static String dialString(String dddNumber) {
        return dddNumber.startsWith(LOCAL_DDD) ? dddNumber.substring(2) : "0" + dddNumber;
    }

    private int talkMillis() {
        double minutes = -Math.log(1 - random.nextDouble()) * 3.0; // mean 3 min, long tail
        return (int) Math.min(3_600_000, 10_000 + minutes * 60_000);
    }
}
