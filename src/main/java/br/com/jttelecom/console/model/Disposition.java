package br.com.jttelecom.console.model;

/**
 * A call outcome the admin configured ("resultado"): its name, the {@link Outcome} group the stats count it in
 * ({@link Outcome#SCHEDULED} asks for the callback date and time), its keyboard shortcut and whether agents are
 * offered it. Retired dispositions stay, so past calls keep their meaning.
 *
 * @param shortcut a key combination name ({@code Shortcut+1}, {@code F5}), or null for none
 */
public record Disposition(long id, String name, Outcome group, String shortcut, boolean active) {
}
