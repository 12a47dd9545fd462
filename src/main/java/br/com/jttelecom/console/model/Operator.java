package br.com.jttelecom.console.model;

/**
 * A PBX operator (agent) as {@code listar_pessoas} knows them.
 *
 * @param pbxStatus   the PBX's raw status text
 * @param pauseReason the pause reason the PBX gave, or {@code null}
 * @param onCall      whether the PBX says the operator is on a call now
 */
public record Operator(String pbxId, String name, String extension, String pbxStatus, String pauseReason,
                       boolean onCall) {
}
