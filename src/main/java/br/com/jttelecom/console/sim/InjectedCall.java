package br.com.jttelecom.console.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A finished call a test puts into the history ({@link PbxSimulator#addHistory}), e.g. one a property test
 * generated. The operator is the one on {@code extension}, if any; an inbound call came in on the account's
 * first DID; an outbound one was dialled as {@code 0} + DDD + number (what the default history shows).
 *
 * @param start          when it started
 * @param inbound        the customer called in
 * @param extension      the extension involved ({@code 201}), {@code null} only for {@link CallOutcome#ABANDONED}
 * @param customerNumber DDD + 8 or 9 digits, e.g. {@code 11987654321}
 * @param outcome        how it ended; {@link CallOutcome#ABANDONED} only for inbound calls
 * @param waitSeconds    ringing / queue time
 * @param talkMillis     talk time, positive exactly when answered
 * @param recorded       whether it has a recording (only an answered call can)
 */
public record InjectedCall(Instant start, boolean inbound, String extension, String customerNumber,
                           CallOutcome outcome, int waitSeconds, int talkMillis, boolean recorded) {

    public InjectedCall {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(outcome, "outcome");
        if (customerNumber == null || !customerNumber.matches("[1-9][1-9]\\d{8,9}")) {
            throw new IllegalArgumentException("a national number, DDD + 8 or 9 digits: " + customerNumber);
        }
        if (extension == null && outcome != CallOutcome.ABANDONED) {
            throw new IllegalArgumentException("only a queue call nobody took has no extension");
        }
        if (outcome == CallOutcome.ABANDONED && !inbound) {
            throw new IllegalArgumentException("an outbound call is never abandoned in the queue");
        }
        if (waitSeconds < 0 || talkMillis < 0) {
            throw new IllegalArgumentException("times are not negative");
        }
        if ((talkMillis > 0) != (outcome == CallOutcome.ANSWERED)) {
            throw new IllegalArgumentException("talk time exactly when answered: " + outcome + ", " + talkMillis);
        }
        if (recorded && outcome != CallOutcome.ANSWERED) {
            throw new IllegalArgumentException("only an answered call is recorded");
        }
    }

    /** An answered call, recorded. */
    public static InjectedCall answered(Instant start, boolean inbound, String extension, String customerNumber,
                                        int waitSeconds, int talkMillis) {
        return new InjectedCall(start, inbound, extension, customerNumber, CallOutcome.ANSWERED, waitSeconds,
                talkMillis, true);
    }

    CompactRecord toRecord(long seq, SimState state, String did) {
        SimOperator op = extension == null || outcome == CallOutcome.ABANDONED ? null
                : state.operators.byRamal(extension).orElse(null);
        String ddd = state.areaCode(extension, inbound ? did : null);
        return new CompactRecord(start.getEpochSecond(), seq, inbound, extension, op == null ? 0 : op.id(),
                op == null ? "" : op.nome(), inbound ? customerNumber : "0" + customerNumber, inbound ? did : null,
                outcome, waitSeconds, talkMillis, recorded, outcome == CallOutcome.ANSWERED ? 1 : 0,
                customerNumber, ddd);
    }

    /** The records these calls become on {@code state}'s account, in the order given; each extension must exist. */
    static List<CompactRecord> toRecords(List<InjectedCall> calls, SimState state) {
        List<String> dids = state.didNumbers();
        String did = dids.isEmpty() ? "4835124536" : dids.get(0);
        List<CompactRecord> records = new ArrayList<>(calls.size());
        for (InjectedCall c : calls) {
            if (c.extension() != null && state.extensionByNumber(c.extension()).isEmpty()) {
                throw new IllegalArgumentException("no extension " + c.extension() + " on this account");
            }
            records.add(c.toRecord(state.seq.incrementAndGet(), state, did));
        }
        return records;
    }
}
