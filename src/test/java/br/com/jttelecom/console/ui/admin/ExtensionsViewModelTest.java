package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
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
    private Directory directory;
    private Accounts accounts;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(5L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(200));
        directory = new Directory(client, new ExtensionLinkRepository(database.jdbi()), session, audit);
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
        assertThat(vm.failureProperty().get()).as("also a notification").isEqualTo(vm.messageProperty().get());
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

    /** The PBX lists no groups or types: the form offers the ones the account's extensions use, typing stays open. */
    @Test
    void theGroupsAndTypesInUseAreOfferedInNumberOrder() {
        assertThat(vm.groupsInUse()).containsExactly("1");
        vm.newExtension();
        vm.numberProperty().set("4802");
        vm.nameProperty().set("Expedição");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.extensionGroupProperty().set("10");
        vm.save();
        vm.newExtension();
        vm.numberProperty().set("4803");
        vm.nameProperty().set("Estoque");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.extensionGroupProperty().set("2");
        vm.save();

        assertThat(vm.groupsInUse()).containsExactly("1", "2", "10");
        assertThat(vm.typesInUse()).containsExactly("1");
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

    private ExtensionsViewModel.Row row(String number) {
        return vm.rows().stream().filter(r -> r.extension().number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void everyWrongFieldIsShownAtOnceBesideItAndNothingIsSent() {
        vm.newExtension();
        vm.numberProperty().set("12a");
        vm.nameProperty().set(" ");
        vm.sipPasswordProperty().set("curta");
        vm.forwardBusy().typeProperty().set("1");
        vm.forwardBusy().destinationProperty().set("x");

        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Nada foi enviado ao PABX: corrija os 4 campos marcados.");
        assertThat(vm.errorOf("number").get()).isEqualTo("O número do ramal deve ter de 2 a 8 dígitos.");
        assertThat(vm.errorOf("name").get()).isEqualTo("Informe o nome do ramal.");
        assertThat(vm.errorOf("sipPassword").get()).isEqualTo("A senha SIP deve ter ao menos 8 caracteres.");
        assertThat(vm.errorOf("forwardBusy").get()).isEqualTo("Informe o ramal de destino do encaminhamento (2 a 8 dígitos).");
        assertThat(vm.errorOf("forwardAll").get()).isEmpty();
        assertThat(sim.requestCount("inserir_ramal")).isZero();
        assertThat(vm.failureProperty().get()).as("the person's own typing is said on the page, not notified").isNull();

        vm.numberProperty().set("4990");
        vm.nameProperty().set("Depósito");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.forwardBusy().destinationProperty().set("2001");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Ramal criado no PABX.");
        assertThat(vm.errorOf("number").get()).isEmpty();
        assertThat(vm.errorOf("forwardBusy").get()).isEmpty();
    }

    @Test
    void theEnglishPageSaysTheFieldErrorsInEnglish() {
        ExtensionsViewModel english = new ExtensionsViewModel(directory, accounts, new InlineTaskRunner(),
                new Messages(java.util.Locale.ENGLISH));
        english.load();
        english.newExtension();
        english.numberProperty().set("1");
        english.nameProperty().set("Hall");
        english.sipPasswordProperty().set("senha-sip-forte");
        english.save();
        assertThat(english.messageProperty().get()).isEqualTo("Nothing was sent to the PBX: correct the marked field.");
        assertThat(english.errorOf("number").get()).isEqualTo("The extension number must have 2 to 8 digits.");
    }

    @Test
    void theDialPlanIsChosenFromThePbxsPlansByName() {
        assertThat(vm.dialPlanIds()).containsExactly("", "1", "2", "3");
        assertThat(vm.dialPlanLabel("3")).isEqualTo("3 — Nacional");
        assertThat(vm.dialPlanLabel("")).isEqualTo("(manter o do PABX)");
        assertThat(vm.dialPlanLabel("9")).isEqualTo("9 (não listado pelo PABX)");
        assertThat(vm.plansNoteProperty().get()).isEmpty();

        vm.newExtension();
        vm.numberProperty().set("4991");
        vm.nameProperty().set("Expedição");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.dialPlanIdProperty().set("2");
        vm.save();

        assertThat(sim.requests().stream().filter(r -> r.action().equals("inserir_ramal")).findFirst().orElseThrow()
                .param("plano_discagem_id")).isEqualTo("2");
        assertThat(row("4991").current().dialPlanId()).isEqualTo("2");
    }

    @Test
    void allThePbxFieldsShowTheSavedValuesAfterAnEdit() {
        sim.addExtension("4900", "Recepção");
        vm.load();
        vm.selectedProperty().set(row("4900"));
        assertThat(vm.detailsProperty().get()).contains("nome: Recepção\n");

        vm.nameProperty().set("Recepção Norte");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Ramal alterado no PABX.");
        assertThat(vm.selectedProperty().get().extension().number()).isEqualTo("4900");
        assertThat(vm.detailsProperty().get()).contains("nome: Recepção Norte\n");
        assertThat(vm.nameProperty().get()).isEqualTo("Recepção Norte");
    }

    @Test
    void aNewExtensionIsSelectedOnceCreatedWithWhatThePbxHas() {
        vm.newExtension();
        vm.numberProperty().set("4992");
        vm.nameProperty().set("Almoxarifado");
        vm.sipPasswordProperty().set("senha-sip-forte");
        vm.save();

        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.selectedProperty().get().extension().number()).isEqualTo("4992");
        assertThat(vm.detailsProperty().get()).contains("numero: 4992").contains("nome: Almoxarifado");
        assertThat(vm.messageProperty().get()).isEqualTo("Ramal criado no PABX.");
    }
}
