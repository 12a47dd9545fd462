package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.config.AppVersion;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unknownFlagExitsWithTwoAndExplains() {
        assertThat(run("--frobnicate")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Opção desconhecida: --frobnicate")
                .contains("Uso: jt-console");
        assertThat(out.size()).isZero();
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("JT Console " + AppVersion.current());
        assertThat(AppVersion.current()).isNotEqualTo("dev").doesNotContain("${");
    }

    @Test
    void helpListsEveryFlagInTheChosenLanguage() {
        assertThat(run("--help", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: jt-console")
                .contains("--demo", "--data-dir", "--lang", "--version", "--help", "--sim-port");
    }

    @Test
    void selfTestRunsTheRuntimeHeadlessInDemoModeAndSaysOk() {
        int code = run("--self-test");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("self-test ok");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpListsTheLinkAndSelfTestFlags() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--dial", "tel:", "--self-test");
    }
}
