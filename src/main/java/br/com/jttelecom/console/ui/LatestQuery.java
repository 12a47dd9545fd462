package br.com.jttelecom.console.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of a view's newest question (a search, a page, the card of the lead selected): asking a new one cancels
 * the older's tasks, so a slow answer to an old question never lands over a newer one's. Used on the UI thread.
 */
public final class LatestQuery {

    private final List<TaskRunner.Running> running = new ArrayList<>();

    /** A new question: the tasks of the one before are cancelled. */
    public void next() {
        running.forEach(TaskRunner.Running::cancel);
        running.clear();
    }

    /** A task that belongs to the current question (its page, its count). */
    public void add(TaskRunner.Running task) {
        running.add(task);
    }
}
