package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

/** A service call the signed-in role may not make, said in the person's language ({@link #getMessage()}: pt-BR). */
public final class PermissionDenied extends RuntimeException implements Localized {

    private final Sentence sentence;

    public PermissionDenied(String messageKey, Object... args) {
        this(Sentence.of(messageKey, args));
    }

    private PermissionDenied(Sentence sentence) {
        super(sentence.in(Messages.portuguese()));
        this.sentence = sentence;
    }

    @Override
    public String in(Messages messages) {
        return sentence.in(messages);
    }
}
