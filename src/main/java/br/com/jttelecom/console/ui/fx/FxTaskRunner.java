package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.ui.TaskRunner;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The real {@link TaskRunner}: work on an executor (virtual threads), results via {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The console is closing (or signed out of this window): late timers have nothing left to update.
            LOG.debug("Background task dropped: the runtime is closed");
            return Running.DONE;
        }
        // cancel() comes from the UI thread, where the answer is handed over; atomic all the same.
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(result);
                        }
                    });
                } catch (Exception | Error e) {
                    LOG.debug("Background task failed: {}", e.toString());
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onFailure.accept(e);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Background task dropped: the runtime is closing");
            return Running.DONE;
        }
        return () -> cancelled.set(true);
    }

    @Override
    public void onUiThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }
}
