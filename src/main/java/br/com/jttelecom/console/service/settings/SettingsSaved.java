package br.com.jttelecom.console.service.settings;

import java.util.List;

/**
 * What a save of Configurações did.
 *
 * @param changed       the keys whose value changed (the token as a word, never its value)
 * @param needsRestart  true when the address, user, token or language changed: those take effect at the
 *                      next start; everything else was applied at once
 * @param tokenLocation where the token is read from now
 */
public record SettingsSaved(List<String> changed, boolean needsRestart, TokenLocation tokenLocation) {
}
