package br.com.jttelecom.console.model;

/** A PBX operator (agent) as {@code listar_pessoas} knows them; {@code pbxStatus} is the PBX's raw status. */
public record Operator(String pbxId, String name, String extension, String pbxStatus) {
}
