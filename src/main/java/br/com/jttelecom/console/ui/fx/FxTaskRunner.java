package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.ui.TaskRunner;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/** The real {@link TaskRunner}: work on an executor (virtual threads), results via {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The console is closing (or signed out of this window): late timers have nothing left to update.
            LOG.debug("Background task dropped: the runtime is closed");
            return;
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            LOG.debug("Background task dropped: the runtime is closing");
        }
    }

    private <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.debug("Background task failed: {}", e.toString());
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
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
