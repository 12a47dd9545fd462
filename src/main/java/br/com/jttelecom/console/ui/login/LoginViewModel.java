package br.com.jttelecom.console.ui.login;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.Accounts;
import br.com.jttelecom.console.service.ConsoleUser;
import br.com.jttelecom.console.service.SignInResult;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The sign-in form: the username survives a wrong password, the password never does. The
 * PBKDF2 check takes a noticeable moment, so it runs on the {@link TaskRunner}, not the FX thread.
 */
public final class LoginViewModel {

    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<ConsoleUser> onSignedIn;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param hintText the demo accounts or first-run note to show, or empty */
    public LoginViewModel(Accounts accounts, TaskRunner tasks, Messages messages, String hintText,
                          Consumer<ConsoleUser> onSignedIn) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        hint.set(hintText == null ? "" : hintText);
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

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String login = username.get() == null ? "" : username.get().trim();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        if (login.isEmpty() || secret.length == 0) {
            message.set(messages.get("login.missing"));
            return;
        }
        busy.set(true);
        message.set(messages.get("login.checking"));
        tasks.run(() -> accounts.signIn(login, secret), this::done, e -> {
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
            message.set(result.message());
        }
    }
}
