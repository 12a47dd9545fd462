package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private final CommandLine cli = new CommandLine(Messages.portuguese());

    @Test
    void noFlagsMeansNothingForced() throws UsageException {
        LaunchOptions options = cli.parse();
        assertThat(options).isEqualTo(LaunchOptions.none());
        assertThat(options.headlessOnly()).isFalse();
    }

    @Test
    void readsEveryFlagInBothSpellings() throws UsageException {
        LaunchOptions options = cli.parse("--demo", "--data-dir", "/tmp/jt", "--lang=en", "--sim-port", "8099",
                "--sim-user=u", "--sim-token", "t0k", "--sim-seed=7");
        assertThat(options.demo()).isTrue();
        assertThat(options.dataDir()).contains(Path.of("/tmp/jt"));
        assertThat(options.lang()).contains("en");
        assertThat(options.simPort()).hasValue(8099);
        assertThat(options.simUser()).contains("u");
        assertThat(options.simToken()).contains("t0k");
        assertThat(options.simSeed()).contains(7L);
        assertThat(options.headlessOnly()).isTrue();
    }

    @Test
    void versionAndHelpNeedNoWindow() throws UsageException {
        assertThat(cli.parse("--version").headlessOnly()).isTrue();
        assertThat(cli.parse("-h").help()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus|Opção desconhecida: --bogus",
        "demo|Opção desconhecida: demo",
        "--data-dir|A opção --data-dir precisa de um valor.",
        "--lang fr|Idioma não suportado: fr. Use pt ou en.",
        "--sim-port 70000|Porta inválida para --sim-port: 70000. Use um número de 0 a 65535.",
        "--sim-port abc|Porta inválida para --sim-port: abc. Use um número de 0 a 65535.",
        "--sim-seed x|Número inválido para --sim-seed: x",
        "--demo=yes|A opção --demo não aceita valor.",
        "--lang --demo|A opção --lang precisa de um valor.",
    })
    void badCommandLinesAreRefusedWithASentence(String line, String message) {
        assertThatThrownBy(() -> cli.parse(line.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }

    @Test
    void aTelLinkAsABareArgumentIsANumberToOffer() throws UsageException {
        LaunchOptions options = cli.parse("tel:(48)%2099123-4567");
        assertThat(options.dial()).contains("(48) 99123-4567");
        assertThat(options.headlessOnly()).isFalse();
    }

    @Test
    void aCalltoLinkAndTheDialFlagCarryTheNumberAsWritten() throws UsageException {
        assertThat(cli.parse("--data-dir", "/tmp/jt", "callto://048991234567").dial()).contains("048991234567");
        assertThat(cli.parse("--dial", "+55 48 99123-4567").dial()).contains("+55 48 99123-4567");
        assertThat(cli.parse("--dial=048991234567").dial()).contains("048991234567");
    }

    @Test
    void selfTestNeedsNoWindow() throws UsageException {
        LaunchOptions options = cli.parse("--self-test");
        assertThat(options.selfTest()).isTrue();
        assertThat(options.headlessOnly()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel:|Link de telefone inválido: tel:. Use tel:NÚMERO ou callto:NÚMERO.",
        "tel:%zz|Link de telefone inválido: tel:%zz. Use tel:NÚMERO ou callto:NÚMERO.",
        "--dial|A opção --dial precisa de um valor.",
        "--self-test=1|A opção --self-test não aceita valor.",
        "sip:202|Opção desconhecida: sip:202",
    })
    void badLinksAndDialFlagsAreRefusedWithASentence(String line, String message) {
        assertThatThrownBy(() -> cli.parse(line.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }
}
