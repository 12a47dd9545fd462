package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * A call in progress. Its whole timeline is fixed when it starts, so its state at any instant is
 * a pure function of the clock and a big {@code advance()} cannot skip a phase.
 *
 * @param customerRingAt outbound: when the agent picked up and the customer's phone starts ringing
 * @param answeredAt     when the call was answered, {@code null} if it never is
 * @param endAt          when it hangs up and leaves the online list
 */
record RunningCall(
        long seq,
        Instant start,
        boolean inbound,
        String ramal,
        int operatorId,
        String operatorName,
        String number,
        String did,
        CallOutcome outcome,
        Instant customerRingAt,
        Instant answeredAt,
        Instant endAt,
        boolean recorded) {

    static final String RINGING_EXTENSION = "chamando_ramal";
    static final String RINGING_CUSTOMER = "chamando";
    static final String TALKING = "em_conversa";
    static final String QUEUED = "na_fila";

    String chamadaId() {
        return start.getEpochSecond() + "." + seq;
    }

    String status(Instant now) {
        if (answeredAt != null && !now.isBefore(answeredAt)) {
            return TALKING;
        }
        if (inbound) {
            return ramal == null ? QUEUED : RINGING_EXTENSION;
        }
        return now.isBefore(customerRingAt) ? RINGING_EXTENSION : RINGING_CUSTOMER;
    }

    boolean finished(Instant now) {
        return !now.isBefore(endAt);
    }

    /** @param ddd the area code of the extension (or the DID) involved, see {@link CompactRecord#ddd()} */
    CompactRecord toHistory(int statusOcorrencia, String ddd) {
        Instant pickup = answeredAt != null ? answeredAt : endAt;
        int wait = (int) Duration.between(start, pickup).toSeconds();
        int talkMillis = 0;
        if (answeredAt != null) {
            // A fraction below the whole seconds, as the PBX's duracao_real carries one.
            talkMillis = (int) Math.max(0, Duration.between(answeredAt, endAt).toMillis() - (seq * 37) % 1000);
        }
        boolean abandoned = outcome == CallOutcome.ABANDONED;
        return new CompactRecord(start.getEpochSecond(), seq, inbound, ramal,
                abandoned ? 0 : operatorId, abandoned ? "" : operatorName,
                number, did, outcome, wait, talkMillis, recorded && answeredAt != null, statusOcorrencia,
                inbound ? number : PhoneDigits.national(number, ddd), ddd);
    }
}
