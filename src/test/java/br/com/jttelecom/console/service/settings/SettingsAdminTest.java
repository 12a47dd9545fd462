package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.secrets.TokenFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Configurações over the real simulator: test connection, saving, the token file. */
class SettingsAdminTest {

    private static final String USER = "cfg@acme.com.br";
    private static final String TOKEN = "0f1e2d3c-4b5a-4969-8877-5e771ngs70k3";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private SettingsAdmin admin;
    private TokenFile tokenFile;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir.resolve("db"));
        sim = PbxSimulator.builder().user(USER).token(TOKEN).seed(1L).build().start(0);
        tokenFile = new TokenFile(dir);
        admin = new SettingsAdmin(SettingsFile.open(dir), SecretVault.filesOnly(dir, Map.of()), f.session, f.audit);
        f.signInAs(Role.ADMIN);
    }

    @AfterEach
    void stop() {
        sim.close();
        f.close();
    }

    private SettingsForm form(String url, String token) {
        return new SettingsForm(url, USER, token, "5", "2", "5", "4", "7", "3", "11", false, "0", "00", "pt", "light");
    }

    @Test
    void testConnectionSaysOkWithTheLatency() {
        ConnectionTestResult r = admin.testConnection(form(sim.baseUrl(), TOKEN));
        assertThat(r.ok()).isTrue();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).startsWith("Conexão com o PABX funcionando");
    }

    @Test
    void aWrongTokenIsReportedAsAnAuthenticationProblemWithoutTheToken() {
        ConnectionTestResult r = admin.testConnection(form(sim.baseUrl(), "token-errado-123"));
        assertThat(r.ok()).isFalse();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).doesNotContain("token-errado-123").isNotBlank();
        assertThat(r.certificate()).isEmpty();
    }

    @Test
    void anEmptyUrlAsksForOne() {
        assertThat(admin.testConnection(form("", TOKEN)).message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).isEqualTo("Informe a URL da API do PABX.");
    }

    @Test
    void aWrongPathIsReportedAsNotFound() {
        ConnectionTestResult r = admin.testConnection(form(sim.rootUrl() + "/caminho/errado", TOKEN));
        assertThat(r.ok()).isFalse();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("não foi encontrado");
    }

    @Test
    void plainHttpToARemoteHostIsRefusedClearly() {
        ConnectionTestResult r = admin.testConnection(form("http://pabx.exemplo.com.br/suite/api", TOKEN));
        assertThat(r.ok()).isFalse();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("https://");
        assertThatThrownBy(() -> admin.save(form("http://pabx.exemplo.com.br/suite/api", TOKEN)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("https://");
    }

    @Test
    void theTokenIsSavedInAnOwnerOnlyFileAndNowhereElse() throws Exception {
        assumeTrue(TokenFile.ownerOnlySupported());
        admin.save(form(sim.baseUrl(), TOKEN));

        assertThat(tokenFile.read()).hasValue(TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.path()))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).doesNotContain(TOKEN);
        List<String> rows = f.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT CONCAT(actor, action, target, result, COALESCE(details, '')) FROM audit_log")
                .mapTo(String.class).list());
        assertThat(String.join("|", rows)).contains("configuracoes.alterar").doesNotContain(TOKEN);
        assertThat(admin.tokenLocation()).isEqualTo(TokenLocation.FILE);
        assertThat(admin.current().token()).isEmpty();
    }

    @Test
    void theTokenNeverReachesALogEventWhateverHappens() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        ch.qos.logback.classic.Level before = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(events);
        try {
            admin.testConnection(form(sim.baseUrl(), TOKEN));
            admin.testConnection(form(sim.baseUrl(), TOKEN + "-errado"));
            admin.testConnection(form(sim.rootUrl() + "/errado", TOKEN));
            admin.save(form(sim.baseUrl(), TOKEN));
        } finally {
            root.detachAppender(events);
            root.setLevel(before);
        }
        assertThat(events.list).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain(TOKEN);
            if (e.getThrowableProxy() != null) {
                assertThat(e.getThrowableProxy().getMessage()).doesNotContain(TOKEN);
            }
        });
    }

    @Test
    void aStoredTokenIsUsedWhenTheFieldIsLeftEmpty() {
        admin.save(form(sim.baseUrl(), TOKEN));
        assertThat(admin.testConnection(form(sim.baseUrl(), "")).ok()).isTrue();
    }

    @Test
    void badValuesAreRefusedBeforeAnythingIsWritten() {
        SettingsForm bad = new SettingsForm(sim.baseUrl(), USER, TOKEN, "500", "2", "5", "4", "7", "3", "11", false, "0", "00", "pt", "light");
        assertThatThrownBy(() -> admin.save(bad)).isInstanceOf(InvalidInput.class).hasMessageContaining("1 a 50");
        assertThat(tokenFile.read()).isEmpty();
    }

    @Test
    void aSupervisorCannotChangeSettings() {
        f.accounts.signOut();
        f.signInAs(Role.SUPERVISOR);
        assertThatThrownBy(() -> admin.save(form(sim.baseUrl(), TOKEN))).isInstanceOf(PermissionDenied.class)
                .hasMessage("Seu perfil (Supervisor) não permite alterar as configurações.");
        assertThatThrownBy(() -> admin.testConnection(form(sim.baseUrl(), TOKEN))).isInstanceOf(PermissionDenied.class);
    }

    @Test
    void pinningACertificateIsStoredPerHostAndAudited() {
        admin.pin("10.0.0.5", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertThat(admin.pins()).containsEntry("10.0.0.5", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    }
}
