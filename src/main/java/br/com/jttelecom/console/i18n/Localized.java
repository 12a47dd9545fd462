package br.com.jttelecom.console.i18n;

/**
 * An error that can say itself in the person's language: a message key of the bundles and its arguments,
 * turned into a sentence only where it is shown. {@code getMessage()} stays pt-BR, for the local API and
 * the logs; screens use {@link #in(Messages)} (through the UI's one translator of errors).
 */
public interface Localized {

    /** The sentence in the language of {@code messages}. */
    String in(Messages messages);

    /** What {@code failure} says of itself, or "something went wrong: …" for a failure that says nothing. */
    static Localized of(Throwable failure) {
        return failure instanceof Localized said ? said : Sentence.of("error.unexpected", failure.toString());
    }
}
