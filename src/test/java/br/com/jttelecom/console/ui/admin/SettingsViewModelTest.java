package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.Accounts;
import br.com.jttelecom.console.service.AuditTrail;
import br.com.jttelecom.console.service.DemoAccounts;
import br.com.jttelecom.console.service.PasswordHasher;
import br.com.jttelecom.console.service.Session;
import br.com.jttelecom.console.service.SettingsAdmin;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.TokenFile;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private static final String TOKEN = "9a8b7c6d-3333-4444-8555-5e771ngsvm00";

    @TempDir
    Path dir;
    private Database database;
    private PbxSimulator sim;
    private SettingsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir.resolve("db"));
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        sim = PbxSimulator.builder().user("cfg@acme.com.br").token(TOKEN).seed(2L).build().start(0);
        SettingsAdmin admin = new SettingsAdmin(SettingsFile.open(dir), SecretVault.filesOnly(dir, Map.of()), session, audit);
        vm = new SettingsViewModel(admin, new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        sim.close();
        database.close();
    }

    @Test
    void theDefaultRateLimitIsConservativeAndNoTokenIsShown() {
        assertThat(vm.requestsPerSecondProperty().get()).isEqualTo("5");
        assertThat(vm.tokenProperty().get()).isEmpty();
        assertThat(vm.tokenStateProperty().get()).isEqualTo("nenhum token definido");
    }

    @Test
    void afterSavingTheTokenIsOnlyDescribedNeverDisplayedBack() {
        vm.baseUrlProperty().set(sim.baseUrl());
        vm.userProperty().set("cfg@acme.com.br");
        vm.tokenProperty().set(TOKEN);
        vm.save();
        assertThat(vm.messageProperty().get()).startsWith("Configurações salvas. O novo endereço");
        assertThat(vm.tokenProperty().get()).isEmpty();
        // No Secret Service here (as on CI): the token went to the owner-only file, and the page says so.
        assertThat(vm.tokenStateProperty().get()).isEqualTo("••• guardado num arquivo da pasta de dados");
        assertThat(vm.warningProperty().get()).isTrue();
        assertThat(vm.storageWarningProperty().get()).startsWith("Sem chaveiro do sistema utilizável");

        vm.load();
        assertThat(vm.tokenProperty().get()).isEmpty();
    }

    @Test
    void testConnectionUsesTheFormsValues() {
        vm.baseUrlProperty().set(sim.baseUrl());
        vm.userProperty().set("cfg@acme.com.br");
        vm.tokenProperty().set(TOKEN);
        vm.testConnection();
        assertThat(vm.testResultProperty().get()).startsWith("Conexão com o PABX funcionando");
        assertThat(vm.canPinProperty().get()).isFalse();
    }
}
