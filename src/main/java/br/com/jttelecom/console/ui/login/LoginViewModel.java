package br.com.jttelecom.console.ui.login;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.SignInResult;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The sign-in form: the username survives a wrong password, the password never does. The
 * PBKDF2 check takes a noticeable moment, so it runs on the {@link TaskRunner}, not the FX thread.
 *
 * <p>The form shows while the console is still starting (database, migrations, accounts): the
 * agent can type at once, and a sign-in asked for before the accounts are ready waits for them
 * on the task runner. If the start fails, the form says why and no longer offers to sign in.
 */
public final class LoginViewModel {

    /** What checking a password needs: ready once the console's database is open. */
    public record Backend(Accounts accounts, String hint) {
    }

    private final CompletableFuture<Backend> backend;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<ConsoleUser> onSignedIn;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper unavailable = new ReadOnlyBooleanWrapper(false);

    /** @param hintText the demo accounts or first-run note to show, or empty */
    public LoginViewModel(Accounts accounts, TaskRunner tasks, Messages messages, String hintText,
                          Consumer<ConsoleUser> onSignedIn) {
        this(CompletableFuture.completedFuture(new Backend(accounts, hintText)), tasks, messages, onSignedIn);
    }

    /** @param backend completes when the console has started, or fails with the reason it could not */
    public LoginViewModel(CompletionStage<Backend> backend, TaskRunner tasks, Messages messages,
                          Consumer<ConsoleUser> onSignedIn) {
        this.backend = backend.toCompletableFuture();
        this.tasks = tasks;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        Backend now = this.backend.getNow(null);
        if (now != null) {
            showHint(now);
        } else {
            this.backend.whenComplete((ready, failure) -> tasks.onUiThread(() -> {
                if (ready != null) {
                    showHint(ready);
                } else {
                    startFailed(failure);
                }
            }));
        }
    }

    private void showHint(Backend ready) {
        hint.set(ready.hint() == null ? "" : ready.hint());
    }

    private void startFailed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        unavailable.set(true);
        busy.set(false);
        password.set("");
        message.set(messages.get("login.startFailed", ErrorSentences.detail(cause, messages)));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the console could not start: there is nothing to sign in to. */
    public ReadOnlyBooleanProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public void signIn() {
        if (busy.get() || unavailable.get()) {
            return;
        }
        String login = username.get() == null ? "" : username.get().trim();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        if (login.isEmpty() || secret.length == 0) {
            message.set(messages.get("login.missing"));
            return;
        }
        busy.set(true);
        message.set(messages.get(backend.isDone() ? "login.checking" : "login.preparing"));
        // join() waits on the task runner's thread, never on the FX thread, while the console starts.
        tasks.run(() -> backend.join().accounts().signIn(login, secret), this::done, e -> {
            if (backend.isCompletedExceptionally()) {
                return; // the console did not start: startFailed() says why
            }
            busy.set(false);
            password.set("");
            message.set(messages.get("login.error"));
        });
    }

    private void done(SignInResult result) {
        busy.set(false);
        password.set("");
        if (result.succeeded()) {
            message.set("");
            onSignedIn.accept(result.user().orElseThrow());
        } else {
            message.set(result.message().in(messages));
        }
    }
}
