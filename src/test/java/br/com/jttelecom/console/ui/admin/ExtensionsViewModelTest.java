package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.Accounts;
import br.com.jttelecom.console.service.AuditTrail;
import br.com.jttelecom.console.service.DemoAccounts;
import br.com.jttelecom.console.service.Directory;
import br.com.jttelecom.console.service.PasswordHasher;
import br.com.jttelecom.console.service.Session;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ramais page's state over the real client and simulator, without a stage. */
class ExtensionsViewModelTest {

    private static final String TOKEN = "5e6f7a8b-1111-4222-8333-ex7ens1onsvm0";

    @TempDir
    Path dir;
    private Database database;
    private PbxSimulator sim;
    private PabxClient client;
    private ExtensionsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(5L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(200));
        Directory directory = new Directory(client, new ExtensionLinkRepository(database.jdbi()), session, audit);
        vm = new ExtensionsViewModel(directory, accounts, new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        client.close();
        sim.close();
        database.close();
    }

    @Test
    void createsAnExtensionLinkedToAUserAndListsIt() {
        vm.newExtension();
        vm.numberProperty().set("4321");
        vm.nameProperty().set("Balcão");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.linkedUserProperty().set(vm.users().stream().filter(u -> u.login().equals("agente")).findFirst().orElseThrow());
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Ramal criado no PABX.");
        assertThat(vm.sipPasswordProperty().get()).isEmpty();
        assertThat(vm.rows()).filteredOn(r -> r.extension().number().equals("4321"))
                .singleElement().satisfies(r -> assertThat(r.linkedLogin()).isEqualTo("agente"));
    }

    @Test
    void selectingARowFillsTheFormButNeverTheSipPassword() {
        sim.addExtension("4500", "Cozinha");
        vm.load();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.extension().number().equals("4500")).findFirst().orElseThrow());
        assertThat(vm.nameProperty().get()).isEqualTo("Cozinha");
        assertThat(vm.sipPasswordProperty().get()).isEmpty();
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.detailsProperty().get()).contains("numero: 4500").contains("codigo_incorporacao: ")
                .doesNotContain("senha_sip").doesNotContain("senha_web");
    }

    @Test
    void thePbxRejectionIsShownAsThePbxSaidIt() {
        sim.addExtension("4600", "Existente");
        vm.newExtension();
        vm.numberProperty().set("4600");
        vm.nameProperty().set("Duplicado");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.save();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("já existe um ramal");
    }

    @Test
    void theFormCarriesEveryFieldAndARejectedSaveKeepsWhatWasTyped() {
        sim.addExtension("4800", "Existente");
        vm.newExtension();
        vm.numberProperty().set("4800");
        vm.nameProperty().set("Portaria");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.extensionGroupProperty().set("2");
        vm.voicemailEmailProperty().set("portaria@acme.com.br");
        vm.flags().voicemailProperty().set(true);
        vm.forwardBusy().typeProperty().set("8");
        vm.forwardBusy().destinationProperty().set("48999990000");
        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("já existe um ramal");
        assertThat(vm.nameProperty().get()).isEqualTo("Portaria");
        assertThat(vm.forwardBusy().destinationProperty().get()).isEqualTo("48999990000");

        vm.numberProperty().set("4801");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Ramal criado no PABX.");
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.extension().number().equals("4801")).findFirst().orElseThrow());
        assertThat(vm.extensionGroupProperty().get()).isEqualTo("2");
        assertThat(vm.voicemailEmailProperty().get()).isEqualTo("portaria@acme.com.br");
        assertThat(vm.flags().voicemailProperty().get()).isTrue();
        assertThat(vm.forwardBusy().typeProperty().get()).isEqualTo("8");
        assertThat(vm.forwardBusy().destinationProperty().get()).isEqualTo("48999990000");
        assertThat(vm.forwardAll().typeProperty().get()).isEqualTo("0");
    }

    @Test
    void deletesTheSelectedExtension() {
        sim.addExtension("4700", "Temporário");
        vm.load();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.extension().number().equals("4700")).findFirst().orElseThrow());
        vm.delete();
        assertThat(vm.messageProperty().get()).isEqualTo("Ramal excluído do PABX.");
        assertThat(vm.rows()).noneMatch(r -> r.extension().number().equals("4700"));
    }
}
