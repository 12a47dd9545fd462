package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store said it saved is in the file when the process is killed a moment later: rounds of a child
 * that saves settings and audit rows on one data folder, SIGKILLed after a seeded number of confirmed
 * saves, then every confirmed one read back. With H2's default write delay a commit waited up to the
 * background writer's next store and about one in twenty-five confirmed saves was lost
 * (docs/decisions/0040-crash-safe-store.md).
 */
class ConfirmedWritesSurviveSigkillTest {

    private static final int ROUNDS = 8;

    @TempDir
    Path folder;

    @Test
    void everySaveConfirmedBeforeASigkillIsThereAfterIt() throws Exception {
        Random random = new Random(20261207L);
        List<String> confirmed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            confirmed.addAll(runAndKill(round, 3 + random.nextInt(40)));
        }

        try (Database db = Database.openFolder(folder)) {
            Set<String> settings = db.jdbi().withHandle(h -> h.createQuery("SELECT setting_key FROM setting")
                    .mapTo(String.class).set());
            Set<String> audited = new AuditLogRepository(db.jdbi()).all().stream().map(AuditRow::target)
                    .collect(Collectors.toSet());
            assertThat(confirmed).hasSizeGreaterThan(ROUNDS * 3);
            assertThat(settings).containsAll(confirmed);
            assertThat(audited).containsAll(confirmed);
        }
    }

    /** Starts the child, waits for {@code saves} confirmations, SIGKILLs it; returns what it confirmed. */
    private List<String> runAndKill(int round, int saves) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ConfirmedWritesChild.class.getName(), folder.toString(), Integer.toString(round))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> keys = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture.runAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null && keys.size() < saves; line = out.readLine()) {
                        if (line.startsWith("saved ")) {
                            keys.add(line.substring(6));
                        }
                    }
                } catch (java.io.IOException ended) {
                    // the child died on its own; what it confirmed is still checked
                }
            }).get(120, TimeUnit.SECONDS);
            child.destroyForcibly();
        } finally {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
        }
        assertThat(keys).as("round %d confirmed its saves", round).hasSize(saves);
        return keys;
    }
}
