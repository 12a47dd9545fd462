package br.com.jttelecom.console.service.history;

/**
 * A call in progress on the PBX right now, as it said it (texts, not parsed: the field meanings of
 * {@code listar_chamadas_online} are assumed, so nothing is thrown away by a guess), plus its start read as
 * São Paulo time when it can be.
 *
 * @param startedAt {@code started} as an instant, or null when the PBX wrote it in a form not understood
 */
public record LiveCall(String callId, String origin, String destination, String started, java.time.Instant startedAt,
                       String elapsed, String operator, String state) {
}
