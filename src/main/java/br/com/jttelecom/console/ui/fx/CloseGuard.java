package br.com.jttelecom.console.ui.fx;

import javafx.stage.Window;

/** Asked before the main window closes; may delay the close (ask the person, finish a PBX action). */
@FunctionalInterface
public interface CloseGuard {

    CloseGuard ALWAYS = (owner, closeNow) -> true;

    /**
     * @param closeNow closes the window; call it later (on the UI thread) when returning {@code false}
     * @return {@code true} to close at once, {@code false} to keep the window open for now
     */
    boolean mayClose(Window owner, Runnable closeNow);
}
