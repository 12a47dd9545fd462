package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private SettingRepository settings;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        settings = new SettingRepository(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMissingKeyIsEmptyOrTheFallback() {
        assertThat(settings.get("phone.local_ddd")).isEmpty();
        assertThat(settings.get("phone.local_ddd", "48")).isEqualTo("48");
    }

    @Test
    void putThenGetReturnsTheValue() {
        settings.put("phone.local_ddd", "11");
        assertThat(settings.get("phone.local_ddd")).contains("11");
    }

    @Test
    void putAgainReplacesTheValue() {
        settings.put("sync.interval_min", "5");
        settings.put("sync.interval_min", "10");
        assertThat(settings.get("sync.interval_min")).contains("10");
    }

    @Test
    void removeDeletesTheKey() {
        settings.put("k", "v");
        assertThat(settings.remove("k")).isTrue();
        assertThat(settings.get("k")).isEmpty();
        assertThat(settings.remove("k")).isFalse();
    }

    @Test
    void valuesKeepAccentsAndQuotes() {
        settings.put("pause.reasons", "Almoço;Banheiro;'Reunião'");
        assertThat(settings.get("pause.reasons")).contains("Almoço;Banheiro;'Reunião'");
    }
}
