package br.com.jttelecom.console.service.accounts;

/**
 * Signs a made-up user into a session without a password, for tests in other packages that need someone signed in
 * but are not about signing in. The console itself signs in only through {@link Accounts}.
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static void signIn(Session session, ConsoleUser user) {
        session.signIn(user);
    }
}
