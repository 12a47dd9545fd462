package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

class LogRedactionTest extends PabxTestSupport {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previous;

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    private String captured() {
        return appender.list.stream()
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0} mode logs no token and no password")
    @EnumSource(AuthMode.class)
    void bodyLevelLoggingNeverShowsTokenOrPasswords(AuthMode mode) {
        useSettings(settings().withAuthMode(mode).withLogLevel(HttpLogLevel.BODY));
        server.enqueue(okFixture("ramais-pagina.json"));
        server.enqueue(ok(OK_WRITE));
        server.enqueue(json(401, "{\"http_response_code\":401,\"mensagem\":\"token " + TOKEN + " inválido\"}"));

        client.listExtensions();
        client.insertExtension(ExtensionData.basic("1", "Novo", "209", "sip-pass-123"));
        assertThatThrownBy(() -> client.listCampaigns()).isInstanceOf(PabxAuthFailed.class);

        String logs = captured();
        assertThat(logs).as("the exchange was logged at all").contains("listar_ramais").contains("ramal_id");
        assertThat(logs).doesNotContain(TOKEN).doesNotContain("(secret)").doesNotContain("sip-pass-123");
        assertThat(logs).doesNotContain(USER);
    }

    @ParameterizedTest(name = "log level {0} logs no token")
    @EnumSource(HttpLogLevel.class)
    void everyLogLevelKeepsTheTokenOut(HttpLogLevel level) {
        useSettings(settings().withLogLevel(level));
        server.enqueue(ok(EMPTY_LIST));
        client.dial("1001", "011999999999", Map.of());
        assertThat(captured()).doesNotContain(TOKEN);
    }

    @org.junit.jupiter.api.Test
    void settingsAndExceptionsNeverPrintTheToken() {
        assertThat(settings().toString()).doesNotContain(TOKEN).contains("token=****");
        server.enqueue(json(401, fixture("autenticacao-invalida.json")));
        assertThatThrownBy(() -> client.listCampaigns())
                .satisfies(e -> assertThat(e.toString()).doesNotContain(TOKEN));
    }
}
