package br.com.jttelecom.console.service.directory;

/**
 * One entry of a small list the PBX keeps (a dialling plan, …), for a form to choose from instead of
 * typing the PBX's id.
 *
 * @param name the PBX's name for it; "" when the PBX gave none
 */
public record PbxOption(String id, String name) {
}
