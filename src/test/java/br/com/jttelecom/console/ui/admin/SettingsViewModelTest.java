package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.settings.LiveSettings;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.secrets.TokenFile;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private static final String TOKEN = "9a8b7c6d-3333-4444-8555-5e771ngsvm00";

    @TempDir
    Path dir;
    private Database database;
    private PbxSimulator sim;
    private SettingsViewModel vm;
    private Session session;
    private AuditTrail audit;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir.resolve("db"));
        session = new Session();
        Clock clock = Clock.systemUTC();
        audit = AuditTrail.on(database.jdbi(), session, clock);
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

    /** The page as demo mode builds it: the console talks to the embedded PBX, whose address is never stored. */
    private SettingsViewModel demoPage(Messages messages) {
        SettingsAdmin admin = new SettingsAdmin(SettingsFile.open(dir), SecretVault.filesOnly(dir, Map.of()), session,
                audit, Optional.of(sim.baseUrl()));
        SettingsViewModel page = new SettingsViewModel(admin, new InlineTaskRunner(), messages);
        page.load();
        return page;
    }

    @Test
    void inDemoModeSaveKeepsTheAddressEmptyAndSavesTheOtherSettings() {
        SettingsViewModel demo = demoPage(Messages.portuguese());
        assertThat(demo.baseUrlProperty().get()).isEmpty();
        assertThat(demo.demoNoteProperty().get()).contains("PABX de demonstração embutido").contains(sim.baseUrl());
        assertThat(demo.baseUrlPromptProperty().get()).isEqualTo("vazio: o PABX de demonstração embutido");
        demo.callsPollSecondsProperty().set("7");

        demo.save();

        assertThat(demo.errorProperty().get()).isFalse();
        assertThat(demo.messageProperty().get()).isEqualTo("Configurações salvas e já em uso.");
        assertThat(SettingsFile.open(dir).get(LiveSettings.KEY_CALLS_POLL)).hasValue("7");
        assertThat(demoPage(Messages.portuguese()).callsPollSecondsProperty().get()).isEqualTo("7");
        assertThat(demoPage(Messages.portuguese()).baseUrlProperty().get()).isEmpty();
    }

    @Test
    void everyWrongFieldIsShownBesideItAtOnceAndNothingIsSaved() {
        vm.baseUrlProperty().set("emnuvem.meupabxip.com.br/suite/api");
        vm.requestsPerSecondProperty().set("500");
        vm.localDddProperty().set("1");

        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Nada foi salvo: corrija os 3 campos marcados.");
        assertThat(vm.errorOf("baseUrl").get()).isEqualTo("O endereço do PABX deve começar com https:// "
                + "(ex.: https://emnuvem.meupabxip.com.br/suite/api); foi digitado \"emnuvem.meupabxip.com.br/suite/api\".");
        assertThat(vm.errorOf("requestsPerSecond").get()).isEqualTo("O limite de requisições deve ser de 1 a 50 por segundo.");
        assertThat(vm.errorOf("localDdd").get()).isEqualTo("O DDD local deve ser um DDD brasileiro com 2 dígitos (ex.: 11, 48).");
        assertThat(vm.errorOf("callsPollSeconds").get()).isEmpty();
        assertThat(SettingsFile.open(dir).get(SettingsAdmin.KEY_BASE_URL)).isEmpty();

        vm.baseUrlProperty().set(sim.baseUrl());
        vm.requestsPerSecondProperty().set("5");
        vm.localDddProperty().set("48");
        vm.save();
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(vm.errorOf("baseUrl").get()).isEmpty();
        assertThat(vm.errorOf("localDdd").get()).isEmpty();
    }

    @Test
    void theSyncTuningIsLoadedCheckedAndSaved() {
        assertThat(vm.historyTrailingHoursProperty().get()).isEqualTo("4");
        assertThat(vm.historyReconcileDaysProperty().get()).isEqualTo("7");
        assertThat(vm.historyInFlightProperty().get()).isEqualTo("3");

        vm.historyTrailingHoursProperty().set("0");
        vm.historyReconcileDaysProperty().set("sete");
        vm.historyInFlightProperty().set("20");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Nada foi salvo: corrija os 3 campos marcados.");
        assertThat(vm.errorOf("historyTrailingHours").get())
                .isEqualTo("A releitura de chamadas tardias deve ser de 1 a 48 horas.");
        assertThat(vm.errorOf("historyReconcileDays").get())
                .isEqualTo("A conferência com o PABX deve cobrir de 0 a 31 dias (0 desliga).");
        assertThat(vm.errorOf("historyInFlight").get()).isEqualTo("Os pedidos de histórico simultâneos devem ser de 1 a 8.");
        assertThat(SettingsFile.open(dir).get(LiveSettings.KEY_HISTORY_TRAILING)).isEmpty();

        vm.historyTrailingHoursProperty().set("12");
        vm.historyReconcileDaysProperty().set("0");
        vm.historyInFlightProperty().set("1");
        vm.save();

        assertThat(vm.errorProperty().get()).isFalse();
        SettingsFile file = SettingsFile.open(dir);
        assertThat(file.get(LiveSettings.KEY_HISTORY_TRAILING)).hasValue("12");
        assertThat(file.get(LiveSettings.KEY_HISTORY_RECONCILE)).hasValue("0");
        assertThat(file.get(LiveSettings.KEY_HISTORY_IN_FLIGHT)).hasValue("1");
        assertThat(demoPage(Messages.portuguese()).historyTrailingHoursProperty().get()).isEqualTo("12");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://          | Falta o nome do servidor no endereço do PABX \"https://\" (ex.: https://emnuvem.meupabxip.com.br/suite/api).",
            "https://pabx .com | O endereço do PABX não pode ter espaços.",
            "http://pabx.exemplo.com.br/suite/api | Use https:// para pabx.exemplo.com.br: http:// só é aceito para este computador (localhost).",
            "ftp://pabx.exemplo.com.br | O endereço do PABX deve começar com https:// (ex.: https://emnuvem.meupabxip.com.br/suite/api); foi digitado \"ftp://pabx.exemplo.com.br\"."
    })
    void aWrongAddressSaysWhatIsWrongInFull(String address, String sentence) {
        vm.baseUrlProperty().set(address);
        vm.save();
        assertThat(vm.errorOf("baseUrl").get()).isEqualTo(sentence);
    }

    @Test
    void theEnglishPageSaysTheFieldErrorsInEnglish() {
        SettingsViewModel english = demoPage(new Messages(Locale.ENGLISH));
        english.requestsPerSecondProperty().set("0");
        english.save();
        assertThat(english.messageProperty().get()).isEqualTo("Nothing was saved: correct the marked field.");
        assertThat(english.errorOf("requestsPerSecond").get()).isEqualTo("The request limit must be 1 to 50 per second.");
    }
}
