package br.com.jttelecom.console.installer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Linux packages' configuration. The .deb itself is built, installed and started by CI
 * (installer/deb-smoke.sh) and the .rpm read with rpm -qlp (installer/rpm-check.sh); these checks
 * run with every `mvn verify` and say which line broke.
 */
class LinuxInstallerConfigTest {

    private static final Path LINUX = JpackageArgs.INSTALLER.resolve("linux");

    @Test
    void theMenuEntryHandsTelAndCalltoLinksToTheInstalledLauncher() throws Exception {
        List<String> desktop = Files.readAllLines(LINUX.resolve("JT Console.desktop"), StandardCharsets.UTF_8);
        assertThat(desktop).contains("MimeType=x-scheme-handler/tel;x-scheme-handler/callto;");
        // %u: the desktop passes the clicked link as one argument; the path is where jpackage installs it.
        assertThat(desktop).contains("Exec=\"/opt/jt-console/bin/JT Console\" %u");
        assertThat(JpackageArgs.read("linux.args").value("--linux-package-name")).contains("jt-console");
    }

    @Test
    void theDebAndTheRpmNameTheLibrariesOfTheirOwnDistributions() {
        assertThat(JpackageArgs.read("deb.args").value("--linux-package-deps").orElseThrow())
                .contains("libgtk-3-0", "libgl1", "fontconfig", "libasound2");
        assertThat(JpackageArgs.read("rpm.args").value("--linux-package-deps").orElseThrow())
                .contains("gtk3", "mesa-libGL", "fontconfig", "alsa-lib");
    }

    /** MP3/AAC recordings play through FFmpeg's libraries: the packages recommend them, so a desktop install brings them. */
    @Test
    void theDebAndTheRpmRecommendTheLibrariesThatPlayCompressedRecordings() throws Exception {
        String control = Files.readString(LINUX.resolve("control"), StandardCharsets.UTF_8);
        assertThat(control.lines().filter(l -> l.startsWith("Recommends:")).findFirst().orElseThrow())
                .contains("libavcodec59", "libavformat59", "libavcodec60", "libavformat60");
        String spec = Files.readString(LINUX.resolve("jt-console.spec"), StandardCharsets.UTF_8);
        assertThat(spec.lines().filter(l -> l.startsWith("Recommends:")).findFirst().orElseThrow())
                .contains("ffmpeg-libs", "libavcodec-free");
    }

    @Test
    void aMachineWithoutADesktopMenuStillInstallsThePackage() throws Exception {
        String postinst = Files.readString(LINUX.resolve("postinst"), StandardCharsets.UTF_8);
        String spec = Files.readString(LINUX.resolve("jt-console.spec"), StandardCharsets.UTF_8);
        for (String script : List.of(postinst, spec)) {
            assertThat(script).contains("desktop_install || echo").contains("update-desktop-database -q /usr/share/applications || true");
        }
        assertThat(spec).contains("%define _binary_payload w6T.xzdio");
    }

    @Test
    void theLauncherGetsTheMemoryAndEncodingOptions() {
        List<String> options = JpackageArgs.read("app.args").values("--java-options");
        assertThat(options).contains("-Xmx512m", "-Xms64m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");
        assertThat(JpackageArgs.read("app.args").value("--main-class")).contains("br.com.jttelecom.console.app.Main");
    }

    @Test
    void everyPackageIsMadeFromTheOneTrainedAppImage() throws Exception {
        String build = Files.readString(JpackageArgs.INSTALLER.resolve("build.sh"), StandardCharsets.UTF_8);
        assertThat(build).contains("--type app-image").contains("installer/train-aot.sh")
                .contains("--app-image \"$image\"").contains("-XX:AOTCache=$APPDIR\\/jt-console.aot");
    }
}
