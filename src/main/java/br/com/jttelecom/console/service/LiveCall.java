package br.com.jttelecom.console.service;

/**
 * A call in progress on the PBX right now, as it said it (texts, not parsed: the field meanings of
 * {@code listar_chamadas_online} are assumed, so nothing is thrown away by a guess).
 */
public record LiveCall(String callId, String origin, String destination, String started, String elapsed,
                       String operator, String state) {
}
