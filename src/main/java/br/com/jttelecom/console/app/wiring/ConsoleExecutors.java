package br.com.jttelecom.console.app.wiring;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's shared threads: virtual threads for slow work (PBX calls, queries) and one scheduler thread
 * ({@code jt-scheduler}) for timed work, stopped together without interrupting anyone.
 */
record ConsoleExecutors(ExecutorService background, ScheduledExecutorService scheduler) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleExecutors.class);
    /** How long close() waits for each executor's tasks; the console's whole stop must fit in 5 s. */
    private static final Duration CLOSE_WAIT = Duration.ofMillis(700);

    ConsoleExecutors() {
        this(Executors.newVirtualThreadPerTaskExecutor(),
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jt-scheduler").factory()));
    }

    /**
     * No interrupt while a task may be saving: one that lands in H2's file I/O closes the database for every
     * thread. Tasks get a moment to end; what is still running after it is left, and the database's SHUTDOWN
     * (after this) waits for its statement: commits are durable, so a cut task loses nothing it confirmed.
     */
    @Override
    public void close() {
        scheduler.shutdown();
        background.shutdown();
        awaitQuietly(scheduler);
        awaitQuietly(background);
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("background tasks still running at exit are left to end with the process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
