package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

/**
 * Every failure of the PBX client. Unchecked and sealed, so callers switch over the few kinds
 * instead of catching OkHttp or Jackson types, which never leave this package.
 *
 * <p>{@link #getMessage()} is a Portuguese sentence fit for a person (for the local API and the logs); a
 * screen says it in its own language with {@link #in(Messages)}. Neither ever carries the token.
 */
public abstract sealed class PabxException extends RuntimeException implements Localized
        permits PabxUnavailable, PabxAuthFailed, PabxRejected, PabxRateLimited, PabxProtocolError,
                PabxConfigurationError {

    private final String action;
    private final Sentence sentence;

    protected PabxException(String action, String messageKey, Throwable cause, Object... args) {
        super(Messages.portuguese().get(messageKey, args), cause);
        this.action = action;
        this.sentence = Sentence.of(messageKey, args);
    }

    @Override
    public String in(Messages messages) {
        return sentence.in(messages);
    }

    /** The PBX action that failed ({@code listar_ramais}, …), or {@code null} when none was involved. */
    public String action() {
        return action;
    }

    /** The sentence for a person, in Portuguese (the same as {@link #getMessage()}). */
    public String userMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + action + "]: " + getMessage();
    }
}
