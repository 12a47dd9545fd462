package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.ui.Debouncer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Debouncer} on the FX clock: the action runs on the FX thread after {@code quiet} without a new one. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(java.time.Duration quiet) {
        this.pause = new PauseTransition(Duration.millis(quiet.toMillis()));
        pause.setOnFinished(e -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
