package br.com.jttelecom.console.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wherever 64 KB of a closed database file are overwritten, the next open either finds the damage
 * (and restores everything typed) or the damage hit nothing in use: either way nothing typed is lost
 * and nothing fails to read later. Some of these offsets open cleanly and read a first row of every
 * table fine, and fail only on a later row.
 */
class DamagedAnywhereTest {

    @TempDir
    static Path shared;

    private static Path original;
    private static Map<String, List<Map<String, Object>>> typed;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void typeTwoHundredLeads() {
        original = shared.resolve("original");
        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(original, Clock.systemUTC())) {
            LocalData data = new LocalData(opened.database().jdbi());
            for (int i = 0; i < 200; i++) {
                data.lead("Lead " + i, "+55489999" + String.format("%05d", i));
            }
            typed = LocalData.snapshot(opened.database().jdbi());
        }
    }

    @ParameterizedTest(name = "64 KB overwritten at {0}% of the file")
    @ValueSource(ints = {10, 20, 30, 35, 40, 45, 50, 60, 70, 75, 80, 85, 90})
    void nothingTypedIsLostWhereverTheFileIsDamaged(int percent) throws IOException {
        Files.createDirectories(dataDir);
        for (String name : List.of(DatabaseRecovery.DB_FILE, EditJournal.FILE_NAME)) {
            Files.copy(original.resolve(name), dataDir.resolve(name));
        }
        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve(DatabaseRecovery.DB_FILE).toFile(), "rw")) {
            byte[] junk = new byte[65_536];
            Arrays.fill(junk, (byte) 0x5A);
            file.seek(file.length() * percent / 100);
            file.write(junk);
        }

        try (DatabaseRecovery.Opened opened = DatabaseRecovery.openFolder(dataDir, Clock.systemUTC())) {
            assertThat(LocalData.snapshot(opened.database().jdbi())).isEqualTo(typed);
        }
    }
}
