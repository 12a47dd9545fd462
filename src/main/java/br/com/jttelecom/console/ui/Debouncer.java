package br.com.jttelecom.console.ui;

/**
 * Runs only the last of a burst of actions, once the burst pauses (typing in a notes field saves
 * once, not per key). Called and run on the UI thread.
 */
@FunctionalInterface
public interface Debouncer {

    /** Replaces any pending action with this one. */
    void schedule(Runnable action);
}
