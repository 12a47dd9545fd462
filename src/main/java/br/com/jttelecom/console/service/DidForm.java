package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.wire.DidData;

import java.util.Set;

/** What the admin typed for a DID, validated before anything is sent to the PBX. */
public record DidForm(String number, String pointsTo, String destination, boolean recordsCalls, String maxConcurrent) {

    /** The kinds of destination the PBX routes a DID to. */
    public static final Set<String> KINDS = Set.of("ramal", "fila", "ura");

    /** @throws InvalidInput with a pt-BR sentence for the first wrong field */
    public DidData toData() {
        String n = number == null ? "" : number.trim();
        if (!n.matches("[1-9]{2}\\d{8,9}")) {
            throw new InvalidInput("Informe o DID com DDD e número, sem o 55 (10 ou 11 dígitos).");
        }
        if (pointsTo == null || !KINDS.contains(pointsTo)) {
            throw new InvalidInput("Escolha para onde o DID aponta: ramal, fila ou URA.");
        }
        String dest = destination == null ? "" : destination.trim();
        if (!dest.matches("\\d{1,8}")) {
            throw new InvalidInput("Informe o destino do DID (número do ramal, da fila ou da URA).");
        }
        Integer max = null;
        if (maxConcurrent != null && !maxConcurrent.isBlank()) {
            if (!maxConcurrent.trim().matches("\\d{1,3}") || Integer.parseInt(maxConcurrent.trim()) == 0) {
                throw new InvalidInput("O máximo de chamadas simultâneas deve ser um número de 1 a 999.");
            }
            max = Integer.parseInt(maxConcurrent.trim());
        }
        return new DidData(null, n, pointsTo, dest, recordsCalls ? 1 : 0, max, null, null, null, null,
                null, null, null, null, null);
    }
}
