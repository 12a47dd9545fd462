package br.com.jttelecom.console.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work on the calling thread, so view-model tests need neither a stage nor waiting. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
