package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.service.stats.StatsChoice;
import br.com.jttelecom.console.service.stats.StatsPreset;
import br.com.jttelecom.console.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesTest {

    @TempDir
    Path dataDir;

    @Test
    void defaultsToTheLightThemeAndNoSavedWindow() {
        Preferences prefs = new Preferences(SettingsFile.open(dataDir));
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.windowBounds()).isEmpty();
    }

    @Test
    void choicesSurviveReopeningTheDataFolder() {
        Preferences prefs = new Preferences(SettingsFile.open(dataDir));
        prefs.setTheme(Theme.DARK);
        prefs.setWindowBounds(new WindowBounds(10, 20, 1024, 700, false));

        Preferences reopened = new Preferences(SettingsFile.open(dataDir));
        assertThat(reopened.theme()).isEqualTo(Theme.DARK);
        assertThat(reopened.windowBounds()).contains(new WindowBounds(10, 20, 1024, 700, false));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is not a stats period")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "SEMANA", "CUSTOM;2026-13-01;", "today"})
    void aStatsPeriodThisVersionDidNotWriteIsIgnored(String text) {
        assertThat(StatsChoice.decode(text)).isEmpty();
    }

    @Test
    void theStatsPeriodSurvivesReopeningTheDataFolder() {
        new Preferences(SettingsFile.open(dataDir)).setStatsChoice(new StatsChoice(StatsPreset.CUSTOM,
                java.time.LocalDate.of(2026, 1, 2), null));
        assertThat(new Preferences(SettingsFile.open(dataDir)).statsChoice())
                .contains(new StatsChoice(StatsPreset.CUSTOM, java.time.LocalDate.of(2026, 1, 2), null));
    }
}
