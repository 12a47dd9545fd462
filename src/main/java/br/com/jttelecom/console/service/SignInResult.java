package br.com.jttelecom.console.service;

import java.util.Optional;

/** The outcome of a sign-in: the user, or a pt-BR sentence saying why not (never which part was wrong). */
public record SignInResult(Optional<ConsoleUser> user, String message) {

    static SignInResult ok(ConsoleUser user) {
        return new SignInResult(Optional.of(user), "");
    }

    static SignInResult refused(String message) {
        return new SignInResult(Optional.empty(), message);
    }

    public boolean succeeded() {
        return user.isPresent();
    }
}
