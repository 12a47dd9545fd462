package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.service.stats.StatsChoice;
import br.com.jttelecom.console.store.SettingsFile;

import java.util.Optional;

/** The person's own choices that outlive a restart: theme, language, where the window was, the stats period. */
public final class Preferences {

    static final String THEME = "ui.theme";
    static final String LANG = "ui.lang";
    static final String WINDOW = "ui.window";
    static final String STATS_PERIOD = "stats.period";

    private final SettingsFile settings;

    public Preferences(SettingsFile settings) {
        this.settings = settings;
    }

    public Theme theme() {
        return settings.get(THEME).map(Theme::fromKey).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        settings.put(THEME, theme.key());
        settings.save();
    }

    public Optional<String> language() {
        return settings.get(LANG);
    }

    public Optional<WindowBounds> windowBounds() {
        return settings.get(WINDOW).flatMap(WindowBounds::parse);
    }

    public void setWindowBounds(WindowBounds bounds) {
        settings.put(WINDOW, bounds.format());
        settings.save();
    }

    public Optional<StatsChoice> statsChoice() {
        return settings.get(STATS_PERIOD).flatMap(StatsChoice::decode);
    }

    /** Writes the settings file: call it off the UI thread. */
    public void setStatsChoice(StatsChoice choice) {
        settings.put(STATS_PERIOD, choice.encode());
        settings.save();
    }
}
