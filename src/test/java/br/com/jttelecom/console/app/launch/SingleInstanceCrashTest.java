package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.CrashedConsoleHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stale lock of the issue, for real: a console process that dies by SIGKILL leaves its socket
 * file behind; the next start must take it over instead of handing its number to nobody.
 */
public class SingleInstanceCrashTest {

    @TempDir
    Path dataDir;

    @Test
    void theSocketOfAKilledConsoleDoesNotBlockTheNextStart() throws Exception {
        Process holder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                CrashedConsoleHolder.class.getName(), dataDir.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.lines().filter(CrashedConsoleHolder.CLAIMED::equals).findFirst())
                    .as("the other process holds the socket").isPresent();
            assertThat(SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("1"))))
                    .as("while it lives, a launch hands over to it").isEmpty();

            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(dataDir.resolve(SingleInstance.SOCKET_NAME)).as("a crash cleans nothing up").exists();

            LinkedBlockingQueue<SingleInstance.Handover> received = new LinkedBlockingQueue<>();
            try (SingleInstance next = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
                next.onHandover(received::add);
                assertThat(SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("+5548991234567")))).isEmpty();
                assertThat(received.poll(10, TimeUnit.SECONDS).dial()).contains("+5548991234567");
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
