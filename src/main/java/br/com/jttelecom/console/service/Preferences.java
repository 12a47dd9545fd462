package br.com.jttelecom.console.service;

import br.com.jttelecom.console.store.SettingsFile;

import java.util.Optional;

/** The person's own choices that outlive a restart: theme, language and where the window was. */
public final class Preferences {

    static final String THEME = "ui.theme";
    static final String LANG = "ui.lang";
    static final String WINDOW = "ui.window";

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
}
