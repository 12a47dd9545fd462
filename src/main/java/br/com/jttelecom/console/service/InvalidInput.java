package br.com.jttelecom.console.service;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

/**
 * A form value the services refuse before anything is sent or stored, as a message key and its arguments:
 * {@link #in(Messages)} says it in the person's language, {@link #getMessage()} in pt-BR (the local API, the
 * logs). {@link InvalidFields} is the kind that names every wrong field of a form at once.
 */
public sealed class InvalidInput extends RuntimeException implements Localized permits InvalidFields {

    private final Sentence sentence;

    public InvalidInput(String messageKey, Object... args) {
        this(Sentence.of(messageKey, args).in(Messages.portuguese()), Sentence.of(messageKey, args));
    }

    /** {@code sentence} null: a subclass says itself ({@link InvalidFields}, a sentence per field). */
    InvalidInput(String portugueseMessage, Sentence sentence) {
        super(portugueseMessage);
        this.sentence = sentence;
    }

    @Override
    public String in(Messages messages) {
        return sentence.in(messages);
    }
}
