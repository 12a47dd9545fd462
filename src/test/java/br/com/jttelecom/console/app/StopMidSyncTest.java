package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what the OS sends at shutdown, and {@code kill}) to a headless console in the middle of its
 * first, bulk sync: it ends within 5 s, leaves a database that opens with every index and no duplicate,
 * and frees the folder for the next start.
 */
class StopMidSyncTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path logDir;

    private PbxSimulator sim;

    @AfterEach
    void stopSimulator() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void sigtermMidSyncEndsTheConsoleWithinFiveSecondsAndLeavesTheFolderUsable() throws Exception {
        sim = PbxSimulator.builder().user("u").token("t").seed(17L).build();
        sim.start(0);
        Instant now = Instant.now();
        sim.seedHistory(30_000, now.minus(Duration.ofDays(60)), now.minus(Duration.ofHours(1)), 3L);
        // Slow pages: the sync is still loading when the signal comes, whatever the machine.
        sim.faults().add(Fault.latency(Duration.ofSeconds(1)).onlyFor("listar_historico_chamada"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The console's own logging (INFO on stdout), not the tests' (warnings only).
        String logging = Path.of(Main.class.getResource("/logback.xml").toURI()).toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Djtconsole.logdir=" + logDir,
                "-Dlogback.configurationFile=" + logging,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--headless", "--data-dir", dataDir.toString(), "--api-port", "0")
                .redirectErrorStream(true);
        pb.environment().put(ConfigLoader.ENV_BASE_URL, sim.baseUrl());
        pb.environment().put(ConfigLoader.ENV_USER, "u");
        pb.environment().put(ConfigLoader.ENV_TOKEN, "t");
        Process child = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            boolean loading = CompletableFuture.supplyAsync(() -> waitFor(out, seen, "set aside until it ends"))
                    .completeOnTimeout(false, 120, TimeUnit.SECONDS).get();
            assertThat(loading).as(seen.toString()).isTrue();
            // Keep reading, or a full pipe would block the child's logging while it stops.
            CompletableFuture.runAsync(() -> waitFor(out, seen, "\u0000never"));

            child.destroy(); // SIGTERM
            boolean ended = child.waitFor(5, TimeUnit.SECONDS);

            assertThat(ended).as("ended within 5 s of SIGTERM; it printed:%n%s", seen).isTrue();
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (Database reopened = Database.openFolder(dataDir)) {
            assertThat(new DeferredIndexes(reopened.jdbi()).pending()).isFalse();
            long duplicates = reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) - COUNT(DISTINCT external_call_id) FROM calls").mapTo(Long.class).one());
            assertThat(duplicates).isZero();
        }
    }

    private static boolean waitFor(BufferedReader out, StringBuilder seen, String marker) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                if (line.contains(marker)) {
                    return true;
                }
            }
        } catch (java.io.IOException ended) {
            // the child is gone
        }
        return false;
    }
}
