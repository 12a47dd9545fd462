package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.model.Role;

/** A signed-in (or listed) console account; never carries its password hash. */
public record ConsoleUser(long id, String login, String displayName, Role role, Long teamId, boolean active) {
}
