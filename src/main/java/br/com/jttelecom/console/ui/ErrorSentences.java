package br.com.jttelecom.console.ui;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place a failure becomes a sentence on screen, in the language of the page: the console's own
 * errors ({@link Localized}: the PBX's, refused input, a file that cannot be imported) say themselves; any
 * other failure says that something went wrong and what it was, so the person is never left with nothing.
 */
public final class ErrorSentences {

    private ErrorSentences() {
    }

    /** A whole sentence for {@code error}. */
    public static String of(Throwable error, Messages messages) {
        Throwable e = unwrap(error);
        return e instanceof Localized l ? l.in(messages) : messages.get("error.unexpected", raw(e));
    }

    /** What {@code error} was, to go inside a sentence that says what failed ("Não foi possível salvar: {0}"). */
    public static String detail(Throwable error, Messages messages) {
        Throwable e = unwrap(error);
        return e instanceof Localized l ? l.in(messages) : raw(e);
    }

    private static String raw(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The failure itself, not the future's wrapper around it. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
