package br.com.jttelecom.console.app.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFoldersTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataFolders.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home))
                .isEqualTo(Path.of("/data/xdg/jt-console"));
        assertThat(DataFolders.defaultDataDir("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/.local/share/jt-console"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolders.defaultDataDir("Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/JT Console"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolders.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/JT Console"));
    }
}
