package br.com.jttelecom.console.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {

    @TempDir
    Path dataDir;

    @Test
    void savesAccentedValuesAndReadsThemBack() {
        SettingsFile file = SettingsFile.open(dataDir.resolve("novo"));
        file.put("operator.pause.reason", "Almoço");
        file.save();
        assertThat(SettingsFile.open(dataDir.resolve("novo")).get("operator.pause.reason")).contains("Almoço");
    }

    @Test
    void aDamagedFileStartsEmptyInsteadOfFailing() throws IOException {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME), "ui.theme=\\u00zz broken escape\n");
        SettingsFile file = SettingsFile.open(dataDir);
        assertThat(file.get("ui.theme")).isEmpty();
        file.put("ui.theme", "dark");
        file.save();
        assertThat(SettingsFile.open(dataDir).get("ui.theme")).contains("dark");
    }

    @Test
    void removingAKeyForgetsIt() {
        SettingsFile file = SettingsFile.open(dataDir);
        file.put("a", "1");
        file.put("a", null);
        file.save();
        assertThat(SettingsFile.open(dataDir).get("a")).isEmpty();
        assertThat(dataDir.resolve(SettingsFile.FILE_NAME + ".tmp")).doesNotExist();
    }
}
