package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.logging.LogSetup;
import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.HttpLogLevel;
import br.com.jttelecom.console.pabx.PabxAuthFailed;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.sim.PbxSimulator;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole demo session through the real runtime and API, logged at DEBUG into the file appender of the real
 * {@code logback.xml} (HTTP bodies included, both auth modes, a refused token, a refused login, the webhook):
 * no PBX token, JWT, webhook secret, console password or SIP password appears in any log file it wrote.
 */
class LogFilesHaveNoTokenTest {

    private static final String SIP_PASSWORD = "Sip#NovaSenha-4711";
    private static final String WRONG_TOKEN = "9a8b7c6d-0000-4e4e-8f8f-0123456789ab";

    @TempDir
    Path dataDir;

    @Test
    void aFullDemoSessionAtDebugLevelWritesNoSecretToAnyLogFile() throws Exception {
        Path logDir = LogSetup.logDir(dataDir);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> secrets = new ArrayList<>();
        configure(context, LogFilesHaveNoTokenTest.class.getResource("/logback.xml"), logDir);
        try {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.DEBUG);
            root.detachAppender("CONSOLE"); // the file is what is checked; DEBUG on the console only floods the build
            runSession(secrets);
        } finally {
            configure(context, LogFilesHaveNoTokenTest.class.getResource("/logback-test.xml"), null);
        }

        String written = readAll(logDir);
        assertThat(written).as("the session was logged at all")
                .contains("listar_ramais").contains("inserir_ramal").contains("DEBUG");
        assertThat(secrets).hasSizeGreaterThan(5).allSatisfy(s -> assertThat(written).doesNotContain(s));
    }

    private void runSession(List<String> secrets) throws Exception {
        try (ApiFixture api = new ApiFixture(dataDir)) {
            PbxSimulator sim = api.runtime.simulator().orElseThrow();
            secrets.add(sim.token());
            secrets.add(WRONG_TOKEN);
            secrets.add(SIP_PASSWORD);
            secrets.add(api.webhookSecret());
            secrets.addAll(ApiFixture.PASSWORDS.values());

            for (AuthMode mode : AuthMode.values()) {
                try (PabxClient client = new PabxClient(PabxSettings.of(sim.baseUrl(), sim.user(), sim.token())
                        .withAuthMode(mode).withLogLevel(HttpLogLevel.BODY))) {
                    for (ExtensionRecord e : client.listExtensions()) {
                        addIfSecret(secrets, e.senhaSip());
                        addIfSecret(secrets, e.senhaWeb());
                    }
                    client.insertExtension(ExtensionData.basic("1", "Nova " + mode, mode == AuthMode.values()[0]
                            ? "291" : "292", SIP_PASSWORD));
                    client.onlineCalls();
                }
                try (PabxClient refused = new PabxClient(PabxSettings.of(sim.baseUrl(), sim.user(), WRONG_TOKEN)
                        .withAuthMode(mode).withLogLevel(HttpLogLevel.BODY).withRetry(1, java.time.Duration.ZERO))) {
                    assertThatThrownBy(refused::listExtensions).isInstanceOf(PabxAuthFailed.class);
                }
            }

            String jwt = api.login("supervisor");
            secrets.add(jwt);
            assertThat(api.get("/api/telephony/calls?limit=5", jwt).status()).isEqualTo(200);
            assertThat(api.get("/api/telephony/stats", jwt).status()).isEqualTo(200);
            assertThat(api.send("POST", "/api/auth/login", null,
                    "{\"login\":\"admin\",\"password\":\"Errada#" + jwt.substring(0, 8) + "\"}", Map.of()).status())
                    .isEqualTo(401);
            assertThat(api.get("/api/telephony/calls", jwt + "x").status()).isEqualTo(401);
            assertThat(api.send("POST", "/api/telephony/webhook/call-status", null,
                    "{\"call_id\":\"log-scan-1\",\"status\":\"completed\",\"duration\":42}",
                    Map.of("X-Webhook-Secret", api.webhookSecret())).status()).isEqualTo(202);
            assertThat(api.send("POST", "/api/telephony/webhook/call-status", null, "{}",
                    Map.of("X-Webhook-Secret", "wrong-" + api.webhookSecret())).status()).isEqualTo(401);
        }
    }

    private static void addIfSecret(List<String> secrets, String value) {
        if (value != null && value.length() >= 6) {
            secrets.add(value);
        }
    }

    private static void configure(LoggerContext context, URL config, Path logDir) throws Exception {
        context.reset();
        if (logDir != null) {
            context.putProperty("jtconsole.logdir", logDir.toString());
        }
        if (config != null) {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(config);
        }
    }

    private static String readAll(Path logDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(logDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(all).as("log files under " + logDir).isNotEmpty();
        return all.toString();
    }
}
