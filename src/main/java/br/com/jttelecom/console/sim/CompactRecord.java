package br.com.jttelecom.console.sim;

/**
 * One finished call, stored compactly so a million of them fit in memory; rendered to the PBX's
 * record shape only when listed ({@link HistoryRenderer}).
 *
 * @param startEpochSecond when the call started (the {@code data} field and the id's first part)
 * @param seq              unique sequence (the id's second part)
 * @param ramal            the extension number involved, {@code null} for a queue call nobody took
 * @param number           outbound: the dial string as dialled; inbound: the caller's number
 * @param did              inbound: the DID the caller dialled
 * @param waitSeconds      ringing / queue time before the answer (or the give-up)
 * @param talkMillis       talk time, 0 when not answered
 * @param statusOcorrencia 0 none, 1 produtiva, 2 improdutiva, 3 agendada
 * @param customerNumber   the customer's national number, DDD + 8 or 9 digits ({@code null} for a call
 *                         between extensions): what the call really was, whatever form the history shows
 * @param ddd              the area code of the extension involved (of the DID for a queue call nobody took):
 *                         what a server that writes local numbers without the DDD strips
 */
record CompactRecord(
        long startEpochSecond,
        long seq,
        boolean inbound,
        String ramal,
        int operatorId,
        String operatorName,
        String number,
        String did,
        CallOutcome outcome,
        int waitSeconds,
        int talkMillis,
        boolean recorded,
        int statusOcorrencia,
        String customerNumber,
        String ddd) {

    String chamadaId() {
        return startEpochSecond + "." + seq;
    }

    long totalSeconds() {
        return waitSeconds + (talkMillis + 999L) / 1000;
    }

    /** When the call hung up: the CDR is written then, yet {@code data} carries the start. */
    long endEpochSecond() {
        return startEpochSecond + totalSeconds();
    }

    /** The same call under another start time and sequence (a record the server writes late into a window). */
    CompactRecord movedTo(long newStartEpochSecond, long newSeq) {
        return new CompactRecord(newStartEpochSecond, newSeq, inbound, ramal, operatorId, operatorName, number, did,
                outcome, waitSeconds, talkMillis, recorded, statusOcorrencia, customerNumber, ddd);
    }

    CompactRecord withTalkMillis(int newTalkMillis) {
        return new CompactRecord(startEpochSecond, seq, inbound, ramal, operatorId, operatorName, number, did,
                outcome, waitSeconds, newTalkMillis, recorded, statusOcorrencia, customerNumber, ddd);
    }
}
