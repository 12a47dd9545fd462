package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

/** The whole file cannot be imported (no header, no name column…): the sentence says why, in the person's language. */
public final class InvalidImportFile extends RuntimeException implements Localized {

    private final Sentence sentence;

    public InvalidImportFile(String messageKey, Object... args) {
        super(Messages.portuguese().get(messageKey, args));
        this.sentence = Sentence.of(messageKey, args);
    }

    @Override
    public String in(Messages messages) {
        return sentence.in(messages);
    }
}
