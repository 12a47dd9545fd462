package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.Main;

/** A command line the console cannot follow; {@link Main} prints the message and the usage, and exits with 2. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
