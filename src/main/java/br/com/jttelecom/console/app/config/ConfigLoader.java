package br.com.jttelecom.console.app.config;

import br.com.jttelecom.console.store.secrets.Secret;
import br.com.jttelecom.console.store.secrets.SecretKeyring;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies the precedence of DESIGN.md: command line, then environment, then the settings file in
 * the data folder, then defaults.
 */
public final class ConfigLoader {

    public static final String ENV_USER = "JTTELECOM_PABX_AUTH_USER";
    public static final String ENV_TOKEN = Secret.PBX_TOKEN.envVar();
    public static final String ENV_BASE_URL = "JTTELECOM_PABX_BASE_URL";
    public static final String ENV_LANG = "JTCONSOLE_LANG";

    public static final String KEY_USER = "pabx.auth.user";
    public static final String KEY_TOKEN = "pabx.auth.token";
    public static final String KEY_BASE_URL = "pabx.base.url";
    public static final String KEY_LANG = "ui.lang";

    private final Map<String, String> env;
    private final Path defaultDataDir;
    private final Supplier<Optional<SecretKeyring>> keyrings;
    private SecretVault vault;

    /** Without an OS keyring: secrets in owner-only files (tests, and where none is usable). */
    public ConfigLoader(Map<String, String> env, Path defaultDataDir) {
        this(env, defaultDataDir, Optional::empty);
    }

    /** @param keyrings opens the OS keyring ({@code OsKeyring::open}); asked once, on the first secret read */
    public ConfigLoader(Map<String, String> env, Path defaultDataDir, Supplier<Optional<SecretKeyring>> keyrings) {
        this.env = env;
        this.defaultDataDir = defaultDataDir;
        this.keyrings = keyrings;
    }

    /** The secrets of this data folder: environment, then keyring, then owner-only file. */
    public synchronized SecretVault vault(LaunchOptions options) {
        if (vault == null) {
            vault = new SecretVault(dataDir(options), keyrings.get(), env);
        }
        return vault;
    }

    /** The data folder comes first: the settings file lives inside it. */
    public Path dataDir(LaunchOptions options) {
        return options.dataDir().orElse(defaultDataDir).toAbsolutePath().normalize();
    }

    public AppConfig load(LaunchOptions options, SettingsFile settings) {
        String user = firstOf(env(ENV_USER), settings.get(KEY_USER)).orElse(null);
        // Environment, keyring or 0600 file (written by Configurações), then the older plain settings key.
        String token = firstOf(vault(options).read(Secret.PBX_TOKEN), settings.get(KEY_TOKEN)).orElse(null);
        String baseUrl = firstOf(env(ENV_BASE_URL), settings.get(KEY_BASE_URL)).orElse(AppConfig.DEFAULT_BASE_URL);
        String lang = language(options, settings);
        boolean demo = options.demo() || user == null || token == null;
        return new AppConfig(dataDir(options), lang, baseUrl, user, token, demo);
    }

    /** The language alone, without touching secrets: the login window needs it before the keyring is asked. */
    public String language(LaunchOptions options, SettingsFile settings) {
        return firstOf(options.lang(), env(ENV_LANG), settings.get(KEY_LANG)).orElse("pt");
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
