package br.com.jttelecom.console.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (PBX calls, queries) off the JavaFX thread and hands the result back on it.
 * View-models depend on this interface so that their tests can run the work inline.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Hands an update from any thread to the UI thread (inline in tests). */
    void onUiThread(Runnable update);
}
