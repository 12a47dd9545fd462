package br.com.jttelecom.console.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its continuation on the calling thread, so view-models can be tested without a stage. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return Running.DONE;
        }
        onSuccess.accept(result);
        return Running.DONE; // answered already: nothing left to cancel
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
