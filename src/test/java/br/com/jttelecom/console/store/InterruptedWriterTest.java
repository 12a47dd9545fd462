package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it saves, 300 times (an executor shut down with {@code shutdownNow()} at exit, a
 * cancelled task) does not close the database for everyone: on a plain H2 file the interrupt closed the
 * file channel and H2 shut the database down.
 */
class InterruptedWriterTest {

    private static final int SAVES = 3000;

    @TempDir
    Path folder;

    @Test
    void interruptsWhileSavingLeaveTheDatabaseOpenAndEverySaveInIt() throws Exception {
        try (Database db = Database.openFolder(folder)) {
            SettingRepository settings = new SettingRepository(db.jdbi());
            AtomicInteger saved = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < SAVES; i++) {
                        settings.put("typed." + i, "a note " + i);
                        saved.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            });
            // One interrupt after each tenth save, as a shutdownNow() lands in whatever the thread is doing.
            for (int next = 10; next < SAVES && writer.isAlive(); next += 10) {
                while (saved.get() < next && writer.isAlive()) {
                    Thread.onSpinWait();
                }
                writer.interrupt();
            }
            writer.join();

            assertThat(failed.get()).as("the writer's failure").isNull();
            assertThat(saved.get()).isEqualTo(SAVES);
            assertThat(settings.get("typed." + (SAVES - 1))).contains("a note " + (SAVES - 1));
        }
        try (Database reopened = Database.openFolder(folder)) {
            long stored = reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM setting WHERE setting_key LIKE 'typed.%'").mapTo(Long.class).one());
            assertThat(stored).isEqualTo(SAVES);
        }
    }
}
