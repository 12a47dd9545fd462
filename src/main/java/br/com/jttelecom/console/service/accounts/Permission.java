package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Sentence;

/** What a service call may need; {@link Permissions} decides which role has what. */
public enum Permission {
    CHANGE_EXTENSIONS,
    CHANGE_DIDS,
    CHANGE_USERS,
    CHANGE_SETTINGS,
    CHANGE_PAUSE_REASONS,
    CHANGE_DISPOSITIONS,
    LINK_OPERATORS,
    VIEW_AUDIT,
    VIEW_LIVE_BOARD;

    /** The verb phrase of the refusal sentence ("alterar ramais"), under {@code permission.<NAME>}. */
    public Sentence description() {
        return Sentence.of("permission." + name());
    }
}
