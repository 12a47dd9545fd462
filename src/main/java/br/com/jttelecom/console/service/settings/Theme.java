package br.com.jttelecom.console.service.settings;

/** The two looks of the console; the UI maps each to an AtlantaFX theme. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Theme fromKey(String key) {
        return "dark".equalsIgnoreCase(key) ? DARK : LIGHT;
    }
}
