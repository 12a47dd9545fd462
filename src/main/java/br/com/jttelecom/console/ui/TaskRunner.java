package br.com.jttelecom.console.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (PBX calls, queries) off the JavaFX thread and hands the result back on it.
 * View-models depend on this interface so that their tests can run the work inline.
 */
public interface TaskRunner {

    /** A task handed to the runner. */
    interface Running {

        /** What a runner returns for work it has already finished (inline) or dropped. */
        Running DONE = () -> { };

        /**
         * Drops the task's answer: neither callback runs after this (call it on the UI thread). The work itself is
         * not interrupted, so a save under way still completes; only what it would have shown is dropped.
         */
        void cancel();
    }

    /** @return the task, to cancel when a newer question makes its answer stale */
    <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Hands an update from any thread to the UI thread (inline in tests). */
    void onUiThread(Runnable update);
}
