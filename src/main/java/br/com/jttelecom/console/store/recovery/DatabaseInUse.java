package br.com.jttelecom.console.store.recovery;

/** A running console has the database open: it may not be replaced under it. */
public final class DatabaseInUse extends IllegalStateException {

    DatabaseInUse() {
        super("the database is open in a running console");
    }
}
