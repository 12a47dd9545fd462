package br.com.jttelecom.console.app;

import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.TokenFile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the precedence of DESIGN.md: command line, then environment, then the settings file in
 * the data folder, then defaults.
 */
public final class ConfigLoader {

    public static final String ENV_USER = "JTTELECOM_PABX_AUTH_USER";
    public static final String ENV_TOKEN = "JTTELECOM_PABX_AUTH_TOKEN";
    public static final String ENV_BASE_URL = "JTTELECOM_PABX_BASE_URL";
    public static final String ENV_LANG = "JTCONSOLE_LANG";

    public static final String KEY_USER = "pabx.auth.user";
    public static final String KEY_TOKEN = "pabx.auth.token";
    public static final String KEY_BASE_URL = "pabx.base.url";
    public static final String KEY_LANG = "ui.lang";

    private final Map<String, String> env;
    private final Path defaultDataDir;

    public ConfigLoader(Map<String, String> env, Path defaultDataDir) {
        this.env = env;
        this.defaultDataDir = defaultDataDir;
    }

    /** The data folder comes first: the settings file lives inside it. */
    public Path dataDir(LaunchOptions options) {
        return options.dataDir().orElse(defaultDataDir).toAbsolutePath().normalize();
    }

    public AppConfig load(LaunchOptions options, SettingsFile settings) {
        String user = firstOf(env(ENV_USER), settings.get(KEY_USER)).orElse(null);
        // The token file (0600, written by Configurações) before the older plain settings key.
        String token = firstOf(env(ENV_TOKEN), new TokenFile(dataDir(options)).read(), settings.get(KEY_TOKEN)).orElse(null);
        String baseUrl = firstOf(env(ENV_BASE_URL), settings.get(KEY_BASE_URL)).orElse(AppConfig.DEFAULT_BASE_URL);
        String lang = firstOf(options.lang(), env(ENV_LANG), settings.get(KEY_LANG)).orElse("pt");
        boolean demo = options.demo() || user == null || token == null;
        return new AppConfig(dataDir(options), lang, baseUrl, user, token, demo);
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
