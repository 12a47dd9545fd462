package br.com.jttelecom.console.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real {@code logback.xml} against a temporary folder and reads the file it wrote. */
class LogFileMaskingTest {

    private static final String TOKEN = "7d1f0c2e-5b4a-4e8e-9c3d-aa11bb22cc33";

    @Test
    void aLoggedTokenNeverReachesTheLogFile(@TempDir Path dataDir) throws JoranException, IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("jtconsole.logdir", LogSetup.logDir(dataDir).toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFileMaskingTest.class.getResource("/logback.xml"));
        Logger log = context.getLogger("br.com.jttelecom.console.test");

        log.info("headers: usuario: loja, token: {}", TOKEN);
        log.info("body {\"autenticacao\":{\"usuario\":\"loja\",\"token\":\"{}\"}}", TOKEN);
        log.warn("request failed: autenticacao_token={}&acao=listar_ramais", TOKEN);
        log.error("call failed", new IllegalStateException("Authorization: Bearer " + TOKEN));
        context.stop();

        Path file = LogSetup.logDir(dataDir).resolve("jt-console.log");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written)
                .contains("usuario: loja", "acao=listar_ramais", "IllegalStateException")
                .doesNotContain(TOKEN);
        assertThat(written.split("\\*\\*\\*", -1)).hasSize(5);
    }
}
