package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Sentence;
import java.util.Optional;

/** The outcome of a sign-in: the user, or the sentence saying why not (never which part was wrong). */
public record SignInResult(Optional<ConsoleUser> user, Localized message) {

    private static final Sentence NONE = Sentence.of("login.ok");

    static SignInResult ok(ConsoleUser user) {
        return new SignInResult(Optional.of(user), NONE);
    }

    static SignInResult refused(Localized message) {
        return new SignInResult(Optional.empty(), message);
    }

    public boolean succeeded() {
        return user.isPresent();
    }
}
