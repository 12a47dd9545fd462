package br.com.jttelecom.console.sim;

import java.time.Instant;

/**
 * What a call in the PBX's history really was, whatever form {@code listar_historico_chamada} gives it
 * (see {@link HistoryBehaviour}): for tests that check what a client stored against what happened.
 *
 * @param chamadaId      the record's {@code chamada_id}
 * @param outcome        how it ended ({@link CallOutcome#ABANDONED}: inbound, nobody took it)
 * @param direction      inbound, outbound, or between extensions
 * @param customerNumber the customer's national number, digits, always with the DDD ({@code 11987654321});
 *                       {@code null} for a call between extensions
 * @param start          when the call started (what {@code data} says, in São Paulo time)
 * @param talkMillis     talk time ({@code duracao_real}), 0 when not answered
 * @param waitSeconds    ringing / queue time before the answer or the give-up
 * @param totalSeconds   wait plus talk rounded up ({@code duracao})
 * @param recordingUrl   the recording's address when the call was recorded, else {@code null}; the history's
 *                       {@code link_gravacao} stays empty until the builder's recording delay has passed
 * @param extension      the extension involved, plain ({@code 201}); {@code null} for a queue call nobody took
 * @param visible        whether {@code listar_historico_chamada} shows it now ({@code false}: ended too
 *                       recently, see {@link HistoryBehaviour#LATE_CDRS})
 */
public record CallTruth(
        String chamadaId,
        CallOutcome outcome,
        Direction direction,
        String customerNumber,
        Instant start,
        long talkMillis,
        int waitSeconds,
        long totalSeconds,
        String recordingUrl,
        String extension,
        boolean visible) {

    public enum Direction { INBOUND, OUTBOUND, INTERNAL }

    /** When the call hung up (the CDR is written then). */
    public Instant end() {
        return start.plusSeconds(totalSeconds);
    }

    static CallTruth of(CompactRecord r, HistoryRenderer renderer, boolean visible) {
        Direction direction = r.inbound() ? Direction.INBOUND
                : r.customerNumber() == null ? Direction.INTERNAL : Direction.OUTBOUND;
        return new CallTruth(r.chamadaId(), r.outcome(), direction, r.customerNumber(),
                Instant.ofEpochSecond(r.startEpochSecond()), r.talkMillis(), r.waitSeconds(), r.totalSeconds(),
                r.recorded() ? renderer.recordingUrl(r.chamadaId()) : null, r.ramal(), visible);
    }
}
