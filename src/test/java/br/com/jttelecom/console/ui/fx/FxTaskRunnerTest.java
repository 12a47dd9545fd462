package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.ui.TaskRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A cancelled task's answer never reaches the view: a newer question's answer is the one shown. */
class FxTaskRunnerTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final FxTaskRunner tasks = new FxTaskRunner(executor);
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void javaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void anAnswerIsHandedToTheUiThread() throws Exception {
        tasks.run(() -> "answer", answer -> heard.add(answer + " on fx " + Platform.isFxApplicationThread()),
                error -> heard.add("failed"));
        finishTheWork();
        assertThat(heard).containsExactly("answer on fx true");
    }

    @Test
    void aTaskCancelledBeforeItsAnswerArrivesCallsNeitherCallback() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TaskRunner.Running answered = tasks.run(() -> {
            release.await(10, TimeUnit.SECONDS);
            return "old answer";
        }, heard::add, error -> heard.add("failed"));
        TaskRunner.Running failed = tasks.<String>run(() -> {
            throw new IllegalStateException("old failure");
        }, heard::add, error -> heard.add(error.getMessage()));
        answered.cancel();
        failed.cancel();
        release.countDown();
        finishTheWork();
        assertThat(heard).isEmpty();
    }

    @Test
    void workOfAClosedRunnerIsDroppedAndNothingIsLeftToCancel() {
        executor.shutdown();
        TaskRunner.Running dropped = tasks.run(() -> "late", heard::add, error -> heard.add("failed"));
        assertThat(dropped).isSameAs(TaskRunner.Running.DONE);
        assertThat(heard).isEmpty();
    }

    /** Waits for the executor's work to end, then for the JavaFX thread to run what it was handed. */
    private void finishTheWork() throws Exception {
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
