package br.com.jttelecom.console.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the console keeps its database, settings and logs on each desktop OS, unless {@code --data-dir} says otherwise. */
public final class DataFolders {

    static final String APP_FOLDER = "JT Console";
    static final String XDG_FOLDER = "jt-console";

    private DataFolders() {
    }

    public static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(XDG_FOLDER);
    }
}
