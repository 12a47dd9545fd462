package br.com.jttelecom.console.app.config;

import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigLoaderTest {

    @TempDir
    Path dataDir;

    private AppConfig load(Map<String, String> env, String... args) throws UsageException {
        LaunchOptions options = new CommandLine(Messages.portuguese()).parse(args);
        ConfigLoader loader = new ConfigLoader(env, dataDir);
        return loader.load(options, SettingsFile.open(loader.dataDir(options)));
    }

    private void settings(String key, String value) {
        SettingsFile file = SettingsFile.open(dataDir);
        file.put(key, value);
        file.save();
    }

    @Test
    void withNoCredentialsAnywhereTheConsoleRunsInDemoMode() throws UsageException {
        AppConfig config = load(Map.of());
        assertThat(config.demo()).isTrue();
        assertThat(config.pabxBaseUrl()).isEqualTo(AppConfig.DEFAULT_BASE_URL);
        assertThat(config.lang()).isEqualTo("pt");
        assertThat(config.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
    }

    @Test
    void environmentCredentialsLeaveDemoMode() throws UsageException {
        AppConfig config = load(Map.of(ConfigLoader.ENV_USER, "api@loja.com.br", ConfigLoader.ENV_TOKEN, "9f1c-token",
                ConfigLoader.ENV_BASE_URL, "https://pabx.loja.com.br/suite/api"));
        assertThat(config.demo()).isFalse();
        assertThat(config.pabxUser()).isEqualTo("api@loja.com.br");
        assertThat(config.pabxToken()).isEqualTo("9f1c-token");
        assertThat(config.pabxBaseUrl()).isEqualTo("https://pabx.loja.com.br/suite/api");
    }

    @Test
    void demoFlagWinsOverCredentials() throws UsageException {
        assertThat(load(Map.of(ConfigLoader.ENV_USER, "u", ConfigLoader.ENV_TOKEN, "t"), "--demo").demo()).isTrue();
    }

    @Test
    void environmentWinsOverTheSettingsFile() throws UsageException {
        settings(ConfigLoader.KEY_USER, "from-file");
        settings(ConfigLoader.KEY_TOKEN, "file-token");
        settings(ConfigLoader.KEY_BASE_URL, "https://file.example.com.br/suite/api");
        AppConfig config = load(Map.of(ConfigLoader.ENV_USER, "from-env"));
        assertThat(config.pabxUser()).isEqualTo("from-env");
        assertThat(config.pabxToken()).isEqualTo("file-token");
        assertThat(config.pabxBaseUrl()).isEqualTo("https://file.example.com.br/suite/api");
        assertThat(config.demo()).isFalse();
    }

    @Test
    void flagWinsOverEnvironmentWhichWinsOverFileForTheLanguage() throws UsageException {
        settings(ConfigLoader.KEY_LANG, "en");
        assertThat(load(Map.of()).lang()).isEqualTo("en");
        assertThat(load(Map.of(ConfigLoader.ENV_LANG, "pt")).lang()).isEqualTo("pt");
        assertThat(load(Map.of(ConfigLoader.ENV_LANG, "pt"), "--lang", "en").lang()).isEqualTo("en");
    }

    @Test
    void blankValuesCountAsAbsent() throws UsageException {
        settings(ConfigLoader.KEY_TOKEN, "   ");
        AppConfig config = load(Map.of(ConfigLoader.ENV_USER, " ", ConfigLoader.ENV_TOKEN, ""));
        assertThat(config.demo()).isTrue();
        assertThat(config.pabxToken()).isNull();
    }

    @Test
    void dataDirFlagWinsOverTheDefault(@TempDir Path other) throws UsageException {
        AppConfig config = load(Map.of(), "--data-dir", other.toString());
        assertThat(config.dataDir()).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void toStringNeverShowsTheToken() throws UsageException {
        AppConfig config = load(Map.of(ConfigLoader.ENV_USER, "u", ConfigLoader.ENV_TOKEN, "s3cr3t-uuid"));
        assertThat(config.toString()).doesNotContain("s3cr3t-uuid").contains("pabxToken=***");
    }
}
